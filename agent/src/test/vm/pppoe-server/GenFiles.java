import org.voipgw.led.status.PppoeMode;
import java.nio.file.*;
import java.time.Duration;
import org.voipgw.agent.pppoe.*;
import org.voipgw.agent.pppoe.pppd.*;

/** Writes the files PppdBackend would write, for guest paths, into the initramfs tree given as args[0]. */
public class GenFiles {
    public static void main(String[] a) throws Exception {
        Path root = Path.of(a[0]);
        String pw = "p\"w\\ #$(reboot) ;|&'<>";
        PppdFiles f = new PppdFiles(Path.of("/voipgw/pppoe"));
        PppdSetup setup = PppdSetup.debian("veth1");
        PppoeConfig right = new PppoeConfig(1, true, PppoeMode.ALWAYS, "user@isp.ne.jp", pw, "", 1492,
                Duration.ofSeconds(300), Duration.ofSeconds(1), 3);
        PppoeConfig wrong = new PppoeConfig(1, true, PppoeMode.ALWAYS, "user@isp.ne.jp", pw + "x", "", 1492,
                Duration.ofSeconds(300), Duration.ofSeconds(1), 3);
        Path d = Files.createDirectories(root.resolve("voipgw/pppoe"));
        Files.writeString(d.resolve("session1.peer"), f.peerOptions(right, setup));
        Files.writeString(d.resolve("session1.secret.right"), f.secretOptions(right));
        Files.writeString(d.resolve("session1.secret.wrong"), f.secretOptions(wrong));
        Files.writeString(d.resolve("ip-up"), f.hookScript("ip-up"));
        Files.writeString(d.resolve("ip-down"), f.hookScript("ip-down"));
        Path etc = Files.createDirectories(root.resolve("etc/ppp"));
        // the provider's side: pppd's secrets files use the same word quoting as option files
        String secret = PppdFiles.quote("user@isp.ne.jp") + " * " + PppdFiles.quote(pw) + " *\n";
        Files.writeString(etc.resolve("chap-secrets"), secret);
        Files.writeString(etc.resolve("pap-secrets"), secret);
    }
}
