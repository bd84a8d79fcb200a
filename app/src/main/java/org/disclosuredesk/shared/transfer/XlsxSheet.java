// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.shared.transfer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.disclosuredesk.shared.UserError;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * .xlsx through POI's event API (XSSFReader + SAX): the sheet XML is parsed as a stream, so memory stays
 * flat whatever the number of rows. POI's XML parsers refuse a DOCTYPE (no XXE, no entity bombs); such a
 * file gets the same one-line message as any other damaged file.
 */
final class XlsxSheet implements SheetReader.Format {

    @Override
    public SheetReader.Summary read(Path file, SheetReader.RowHandler handler) {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new UserError("表格“" + file.getFileName() + "”中没有工作表。");
            }
            Contents contents = new Contents(handler);
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), null, strings,
                        contents, new RuleFormatter(), false));
                parser.parse(new InputSource(sheet));
            }
            return new SheetReader.Summary(contents.rows, contents.lastRow, "xlsx");
        } catch (UserError | SheetReader.Stop e) {
            throw e;
        } catch (IOException | OpenXML4JException | SAXException | RuntimeException
                | javax.xml.parsers.ParserConfigurationException e) {
            throw SheetFailures.damaged(file, ".xlsx", e);
        }
    }

    /** Collects a row's cells by column letter; empty cells are absent from the XML and become "". */
    private static final class Contents implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final SheetReader.RowHandler handler;
        private final List<String> cells = new ArrayList<>();
        private int rows;
        private int lastRow;

        Contents(SheetReader.RowHandler handler) {
            this.handler = handler;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
        }

        @Override
        public void endRow(int rowNum) {
            rows++;
            lastRow = rowNum + 1;
            handler.row(rowNum + 1, List.copyOf(cells));
        }

        @Override
        public void cell(String ref, String value, XSSFComment comment) {
            int col = ref == null ? cells.size() : new CellReference(ref).getCol();
            while (cells.size() < col) {
                cells.add("");
            }
            cells.add(value == null ? "" : value);
        }
    }

    /** Numbers under {@link CellRule}; other formats (0.00, percentages) as Excel shows them. One per sheet: it is costly to build. */
    private static final class RuleFormatter extends DataFormatter {
        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            String rule = CellRule.byRule(value, formatIndex, formatString);
            return rule != null ? rule : super.formatRawCellContents(value, formatIndex, formatString);
        }
    }
}
