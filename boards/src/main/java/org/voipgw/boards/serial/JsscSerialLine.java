package org.voipgw.boards.serial;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;
import jssc.SerialPort;
import jssc.SerialPortEvent;
import jssc.SerialPortException;
import org.tinylog.Logger;
import org.voipgw.hal.serial.SerialLine;

/**
 * A {@link SerialLine} on a real UART (or a PTY) through jssc: 8N1, no flow control, the baud rate
 * given. Received octets are read on jssc's event thread as they arrive (RXCHAR events) and handed
 * on in the chunk they came in.
 */
public final class JsscSerialLine implements SerialLine {
    private final SerialPort port;
    private final String name;
    private volatile boolean closed;

    private JsscSerialLine(SerialPort port, String name) {
        this.port = port;
        this.name = name;
    }

    /**
     * Opens {@code device} at {@code baud}, 8N1, no flow control.
     *
     * @throws IOException with a one-line message naming the device when it is missing, busy or not a serial port
     */
    public static JsscSerialLine open(String device, int baud) throws IOException {
        if (!Files.exists(Path.of(device))) {
            throw new IOException("serial device " + device + " does not exist");
        }
        SerialPort p = new SerialPort(device);
        try {
            p.openPort();
        } catch (SerialPortException e) {
            throw new IOException("serial device " + device + " cannot be opened: " + why(e), e);
        }
        try {
            p.setParams(baud, SerialPort.DATABITS_8, SerialPort.STOPBITS_1, SerialPort.PARITY_NONE);
            p.setFlowControlMode(SerialPort.FLOWCONTROL_NONE);
        } catch (SerialPortException e) {
            closeQuietly(p);
            throw new IOException("serial device " + device + " does not take " + baud + " baud 8N1: " + why(e), e);
        }
        return new JsscSerialLine(p, device);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void start(Consumer<byte[]> octets, Consumer<IOException> failed) {
        try {
            port.addEventListener(ev -> event(ev, octets, failed), SerialPort.MASK_RXCHAR);
        } catch (SerialPortException e) {
            failed.accept(e);
        }
    }

    private void event(SerialPortEvent ev, Consumer<byte[]> octets, Consumer<IOException> failed) {
        if (!ev.isRXCHAR() || ev.getEventValue() <= 0 || closed) {
            return;
        }
        try {
            byte[] b = port.readBytes(ev.getEventValue());
            if (b != null) {
                octets.accept(b);
            }
        } catch (SerialPortException e) {
            if (!closed) {
                failed.accept(e);
            }
        }
    }

    @Override
    public void write(byte[] octets) throws IOException {
        if (closed) {
            throw new IOException("serial device " + name + " is closed");
        }
        try {
            if (!port.writeBytes(octets)) {
                throw new IOException("serial device " + name + ": short write");
            }
        } catch (SerialPortException e) {
            throw new IOException("serial device " + name + ": " + why(e), e);
        }
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            closeQuietly(port);
        }
    }

    private static void closeQuietly(SerialPort p) {
        try {
            if (p.isOpened()) {
                p.closePort();
            }
        } catch (SerialPortException e) {
            Logger.debug("closing {}: {}", p.getPortName(), e.getMessage());
        }
    }

    private static String why(SerialPortException e) {
        String t = e.getExceptionType();
        return t == null ? e.getMessage() : t.toLowerCase(Locale.ROOT);
    }
}
