// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.register.transfer;

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
import org.apache.poi.ss.usermodel.DateUtil;
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
 * flat whatever the number of rows. Cells formatted as dates come out as yyyy-MM-dd, not in the US
 * format POI's formatter would give.
 */
final class XlsxRows implements SheetRows {

    @Override
    public void read(Path file, RowHandler handler) {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new UserError("表格“" + file.getFileName() + "”中没有工作表。");
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), null, strings,
                        new Contents(handler), new IsoDates(), false));
                parser.parse(new InputSource(sheet));
            }
        } catch (UserError | SheetRows.Stop e) {
            throw e;
        } catch (IOException | OpenXML4JException | SAXException | RuntimeException | javax.xml.parsers.ParserConfigurationException e) {
            throw new UserError("无法读取“" + file.getFileName() + "”：文件不是有效的 .xlsx 表格或已损坏。"
                    + "请用 Excel 或 WPS 打开确认后重新保存为 .xlsx。台账没有改动。", e);
        }
    }

    /** Collects a row's cells by column letter; empty cells are absent from the XML and become "". */
    private static final class Contents implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final RowHandler handler;
        private final List<String> cells = new ArrayList<>();

        Contents(RowHandler handler) {
            this.handler = handler;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
        }

        @Override
        public void endRow(int rowNum) {
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

    /** Date-formatted numbers as ISO dates; everything else as Excel shows it. */
    private static final class IsoDates extends DataFormatter {
        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return DateUtil.getLocalDateTime(value).toLocalDate().toString();
            }
            return super.formatRawCellContents(value, formatIndex, formatString);
        }
    }
}
