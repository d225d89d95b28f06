package org.voipgw.agent.cli;

import java.net.InetSocketAddress;
import picocli.CommandLine;

/** {@code HOST:PORT} options (e.g. {@code --web 127.0.0.1:8080}); port 0 picks a free one. */
public final class HostPort implements CommandLine.ITypeConverter<InetSocketAddress> {
    @Override
    public InetSocketAddress convert(String value) {
        int colon = value.lastIndexOf(':');
        if (colon <= 0 || colon == value.length() - 1) {
            throw new CommandLine.TypeConversionException("'" + value + "' is not HOST:PORT (e.g. 127.0.0.1:8080)");
        }
        String host = value.substring(0, colon);
        if (!host.matches("[A-Za-z0-9.-]{1,253}|\\[[0-9A-Fa-f:]+\\]")) {
            throw new CommandLine.TypeConversionException("'" + host + "' is not a host name or address");
        }
        int port;
        try {
            port = Integer.parseInt(value.substring(colon + 1));
        } catch (NumberFormatException e) {
            throw new CommandLine.TypeConversionException("port of '" + value + "' is not a number (0–65535)");
        }
        if (port < 0 || port > 65535) {
            throw new CommandLine.TypeConversionException("port " + port + " is out of range (0–65535)");
        }
        return InetSocketAddress.createUnresolved(host.replace("[", "").replace("]", ""), port);
    }
}
