using CsvHelper;
using IntegrationBot.Ideas;

namespace IntegrationBot.Host.Ideas;

/// <summary>
/// Ideas as CSV for Excel: UTF-8 with a byte order mark (so Excel reads umlauts and Arabic script right), semicolons
/// (Excel's separator in German settings), and text that would start a formula escaped.
/// </summary>
internal static class IdeaCsvExport
{
    public const string ContentType = "text/csv; charset=utf-8";

    private static readonly CsvWriterOptions Options = new()
    {
        Separator = ';',
        WriteByteOrderMark = true,
        Injection = CsvInjection.Escape,
    };

    public static byte[] Write(IEnumerable<Idea> ideas)
    {
        using var stream = new MemoryStream();
        using (var csv = CsvWriter.Create(stream, Options, leaveOpen: true))
        {
            csv.WriteHeader([.. IdeaExportColumns.Headers]);
            foreach (var idea in ideas)
                csv.WriteRecord([.. IdeaExportColumns.Values(idea)]);
        }
        return stream.ToArray();
    }
}
