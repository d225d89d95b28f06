package org.voipgw.agent.scenario;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The JUnit XML report: one test suite per scenario file, one test case per expectation. */
final class JUnitReport {
    private JUnitReport() {
    }

    static void write(Path target, List<Outcome> outcomes) throws IOException {
        try {
            Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
            Element suites = doc.createElement("testsuites");
            doc.appendChild(suites);
            Map<String, Element> byFile = new LinkedHashMap<>();
            for (Outcome o : outcomes) {
                Element suite = byFile.computeIfAbsent(o.file(), f -> {
                    Element s = doc.createElement("testsuite");
                    s.setAttribute("name", f);
                    suites.appendChild(s);
                    return s;
                });
                Element tc = doc.createElement("testcase");
                tc.setAttribute("classname", o.file());
                tc.setAttribute("name", "line " + o.expectation().line() + ": " + o.expectation().text());
                tc.setAttribute("time", "0");
                if (!o.passed()) {
                    Element f = doc.createElement("failure");
                    f.setAttribute("message", o.expectation().subject() + " is " + o.actual() + " " + o.detail());
                    tc.appendChild(f);
                }
                suite.appendChild(tc);
            }
            for (Element s : byFile.values()) {
                long tests = s.getElementsByTagName("testcase").getLength();
                long failures = s.getElementsByTagName("failure").getLength();
                s.setAttribute("tests", Long.toString(tests));
                s.setAttribute("failures", Long.toString(failures));
                s.setAttribute("errors", "0");
            }
            var t = TransformerFactory.newInstance().newTransformer();
            t.setOutputProperty(OutputKeys.INDENT, "yes");
            t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            Path parent = target.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            t.transform(new DOMSource(doc), new StreamResult(target.toFile()));
        } catch (ParserConfigurationException | TransformerException e) {
            throw new IOException("could not write the JUnit report " + target + ": " + e.getMessage(), e);
        }
    }
}
