package de.kundenkontakt.quickcheck.app.assessment.api;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Reads an XLSX file the way a spreadsheet program does, independently of the library that wrote
 * it: the ZIP's central directory, the workbook's sheet names, shared strings, cell types and the
 * number formats and fonts of the cells' styles. For tests only.
 */
final class XlsxFile {

    /**
     * One cell as written.
     *
     * @param text the cell's text (shared or inline string) or its raw number, never null
     * @param number whether the cell holds a number (or date, which is a number with a date format)
     * @param format the number format code of its style, null for the general format
     * @param bold whether its font is bold
     */
    record Cell(String text, boolean number, String format, boolean bold) {}

    /** One worksheet: its name, the position of its frozen split and its rows of cells by column letter. */
    record Sheet(String name, Element pane, List<Map<String, Cell>> rows) {}

    private final Map<String, Document> parts = new HashMap<>();

    private XlsxFile(byte[] bytes) {
        try {
            Path file = Files.createTempFile("export", ".xlsx");
            try {
                Files.write(file, bytes);
                DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
                factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
                try (ZipFile zip = new ZipFile(file.toFile())) {
                    for (ZipEntry entry : Collections.list(zip.entries())) {
                        if (entry.getName().endsWith(".xml") || entry.getName().endsWith(".rels")) {
                            parts.put(entry.getName(), factory.newDocumentBuilder().parse(
                                    new ByteArrayInputStream(zip.getInputStream(entry).readAllBytes())));
                        }
                    }
                }
            } finally {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("not a readable XLSX file", e);
        }
    }

    static XlsxFile of(byte[] bytes) {
        return new XlsxFile(bytes);
    }

    /** The worksheets in workbook order. */
    List<Sheet> sheets() {
        Map<String, String> targets = new HashMap<>();
        NodeList relations = parts.get("xl/_rels/workbook.xml.rels").getElementsByTagName("Relationship");
        for (int i = 0; i < relations.getLength(); i++) {
            Element relation = (Element) relations.item(i);
            targets.put(relation.getAttribute("Id"), relation.getAttribute("Target").replaceFirst("^/?(xl/)?", "xl/"));
        }
        List<String> strings = sharedStrings();
        NodeList sheets = parts.get("xl/workbook.xml").getElementsByTagName("sheet");
        List<Sheet> result = new ArrayList<>();
        for (int i = 0; i < sheets.getLength(); i++) {
            Element sheet = (Element) sheets.item(i);
            Document xml = parts.get(targets.get(sheet.getAttribute("r:id")));
            List<Map<String, Cell>> rows = new ArrayList<>();
            NodeList rowNodes = xml.getElementsByTagName("row");
            for (int r = 0; r < rowNodes.getLength(); r++) {
                Map<String, Cell> cells = new LinkedHashMap<>();
                NodeList cellNodes = ((Element) rowNodes.item(r)).getElementsByTagName("c");
                for (int c = 0; c < cellNodes.getLength(); c++) {
                    Element cell = (Element) cellNodes.item(c);
                    cells.put(cell.getAttribute("r").replaceAll("[0-9]", ""), cell(cell, strings));
                }
                rows.add(cells);
            }
            result.add(new Sheet(sheet.getAttribute("name"), (Element) xml.getElementsByTagName("pane").item(0), rows));
        }
        return result;
    }

    private List<String> sharedStrings() {
        List<String> strings = new ArrayList<>();
        Document xml = parts.get("xl/sharedStrings.xml");
        if (xml != null) {
            NodeList items = xml.getElementsByTagName("si");
            for (int i = 0; i < items.getLength(); i++) {
                strings.add(items.item(i).getTextContent());
            }
        }
        return strings;
    }

    private Cell cell(Element cell, List<String> strings) {
        String type = cell.getAttribute("t");
        String value = cell.getElementsByTagName("v").getLength() == 0
                ? cell.getTextContent()
                : cell.getElementsByTagName("v").item(0).getTextContent();
        String text = "s".equals(type) ? strings.get(Integer.parseInt(value)) : value;
        boolean number = type.isEmpty() || "n".equals(type);
        String format = null;
        boolean bold = false;
        if (!cell.getAttribute("s").isEmpty()) {
            Document styles = parts.get("xl/styles.xml");
            Element xf = (Element) ((Element) styles.getElementsByTagName("cellXfs").item(0))
                    .getElementsByTagName("xf").item(Integer.parseInt(cell.getAttribute("s")));
            Element font = (Element) ((Element) styles.getElementsByTagName("fonts").item(0))
                    .getElementsByTagName("font").item(Integer.parseInt(xf.getAttribute("fontId")));
            bold = font.getElementsByTagName("b").getLength() > 0;
            String formatId = xf.getAttribute("numFmtId");
            NodeList formats = styles.getElementsByTagName("numFmt");
            for (int i = 0; i < formats.getLength(); i++) {
                Element numFmt = (Element) formats.item(i);
                if (numFmt.getAttribute("numFmtId").equals(formatId)) {
                    format = numFmt.getAttribute("formatCode");
                }
            }
        }
        return new Cell(text, number && !text.isEmpty(), format, bold);
    }
}
