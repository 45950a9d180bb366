using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using IntegrationBot.Ideas;

namespace IntegrationBot.Host.Ideas;

/// <summary>
/// Ideas as an Excel workbook with one sheet "Ideen": a header row and one row per idea, every cell an inline string
/// (never a formula, whatever the text starts with).
/// </summary>
internal static class IdeaXlsxExport
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static byte[] Write(IEnumerable<Idea> ideas)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var sheet = workbook.AddNewPart<WorksheetPart>();
            var rows = new SheetData();
            rows.AppendChild(Row(IdeaExportColumns.Headers));
            foreach (var idea in ideas)
                rows.AppendChild(Row(IdeaExportColumns.Values(idea)));
            sheet.Worksheet = new Worksheet(rows);
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheet), SheetId = 1, Name = "Ideen" }));
            workbook.Workbook.Save();
        }
        return stream.ToArray();
    }

    private static Row Row(IReadOnlyList<string> values) =>
        new(values.Select(v => new Cell
        {
            DataType = CellValues.InlineString,
            InlineString = new InlineString(new Text(XmlSafe(v)) { Space = SpaceProcessingModeValues.Preserve }),
        }));

    // XML 1.0 cannot carry most control characters; a resident's text may contain them.
    private static string XmlSafe(string text)
    {
        if (!text.Any(c => char.IsControl(c) && c is not ('\t' or '\n' or '\r')))
            return text;
        var safe = new StringBuilder(text.Length);
        foreach (var c in text)
            safe.Append(char.IsControl(c) && c is not ('\t' or '\n' or '\r') ? ' ' : c);
        return safe.ToString();
    }
}
