using System.Net;
using System.Text;
using CsvHelper;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using IntegrationBot.Domain.Registrations;

namespace IntegrationBot.Bot.Tests.Ideas;

/// <summary>The CSV and Excel exports read back with CsvHelper and OpenXml: German headers, the same filters, audited.</summary>
public sealed class IdeaExportTests : IAsyncDisposable
{
    private readonly IdeasApiTests _api = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_csv_export_is_utf8_with_a_byte_order_mark_and_german_headers_for_excel()
    {
        await SeedAsync();
        using var client = _api.Client();

        using var response = await client.GetAsync("/api/coordinator/ideas/export.csv?field=bildung-sprachen", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("ideen.csv", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        var bytes = await response.Content.ReadAsByteArrayAsync(Ct);
        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), bytes[..3]);

        var rows = ReadCsv(bytes);
        Assert.Equal(["Referenz", "Eingegangen am", "Status", "Handlungsfeld"], rows[0][..4]);
        Assert.Contains("Deutscher Text", rows[0]);
        Assert.Equal(3, rows.Count); // header and the two ideas of the field
        var named = rows.Single(r => r[Column(rows, "Name")] == "Amina K.");
        Assert.Equal(("=1+1 نريد دورات لغة", "nein", "nein", "2026-11-22 10:00"),
            (named[Column(rows, "Originaltext")].TrimStart('\''), named[Column(rows, "Maschinell übersetzt")], named[Column(rows, "Anonym")], named[Column(rows, "Eingegangen am")]));
        Assert.StartsWith("'", named[Column(rows, "Originaltext")], StringComparison.Ordinal); // a formula is escaped, not run
        var anonymous = rows.Single(r => r[Column(rows, "Anonym")] == "ja");
        Assert.Equal(("", ""), (anonymous[Column(rows, "Name")], anonymous[Column(rows, "Kontakt")]));

        var entry = Assert.Single(await _api.Audit().ListAsync(10, Ct));
        Assert.Equal(("ideas.export", "csv", "2", "1"), (entry.Action, entry.Details["format"], entry.Details["count"], entry.Details["named"]));
    }

    [Fact]
    public async Task The_excel_export_has_a_sheet_with_german_headers_and_one_row_per_idea()
    {
        await SeedAsync();
        using var client = _api.Client();

        using var response = await client.GetAsync("/api/coordinator/ideas/export.xlsx", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        var rows = ReadXlsx(await response.Content.ReadAsByteArrayAsync(Ct));
        Assert.Equal(4, rows.Count);
        Assert.Equal("Referenz", rows[0][0]);
        Assert.Equal(["Name", "Kontakt"], rows[0][^2..]);
        Assert.Contains(rows, r => r.Contains("=1+1 نريد دورات لغة") && r.Contains("Amina K."));
        Assert.Contains(rows, r => r.Contains("Wohnungen am Hafen"));

        var entry = Assert.Single(await _api.Audit().ListAsync(10, Ct));
        Assert.Equal(("ideas.export", "xlsx", "3"), (entry.Action, entry.Details["format"], entry.Details["count"]));
    }

    [Fact]
    public async Task A_bad_filter_stops_an_export()
    {
        using var client = _api.Client();
        using var response = await client.GetAsync("/api/coordinator/ideas/export.xlsx?status=Lost", Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(await _api.Audit().ListAsync(10, Ct));
    }

    public async ValueTask DisposeAsync() => await _api.DisposeAsync();

    private async Task SeedAsync()
    {
        await _api.AddAsync("x1", "=1+1 نريد دورات لغة", "ar", author: new ChannelUser("webchat", "u1"));
        await _api.AddAsync("x2", "Mehr Sprachkurse am Abend", "de");
        await _api.AddAsync("x3", "Wohnungen am Hafen", "de", field: "wohnen");
    }

    private static int Column(List<string[]> rows, string header) => Array.IndexOf(rows[0], header);

    private static List<string[]> ReadCsv(byte[] bytes)
    {
        using var csv = CsvReader.Create(bytes, new CsvReaderOptions { Separator = ';', HasHeader = false });
        var rows = new List<string[]>();
        while (csv.Read())
            rows.Add([.. Enumerable.Range(0, csv.FieldCount).Select(i => csv.GetString(i))]);
        return rows;
    }

    private static List<string[]> ReadXlsx(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        using var document = SpreadsheetDocument.Open(stream, isEditable: false);
        var workbook = document.WorkbookPart!;
        var sheet = workbook.Workbook.Descendants<Sheet>().Single();
        Assert.Equal("Ideen", sheet.Name?.Value);
        var part = (WorksheetPart)workbook.GetPartById(sheet.Id!.Value!);
        return [.. part.Worksheet.Descendants<Row>().Select(r => r.Elements<Cell>().Select(c => c.InlineString?.InnerText ?? "").ToArray())];
    }
}
