using System.IO.Compression;
using System.Text.Json.Nodes;

namespace IntegrationBot.Bot.Tests.Deployment;

/// <summary>deploymentTemplates/teams: the manifest against the schema shipped in @microsoft/app-manifest, icons, package.</summary>
public sealed class TeamsAppPackageTests
{
    private static readonly string Folder = RepositoryFolder.Path("deploymentTemplates", "teams");

    [Fact]
    public async Task Manifest_and_localization_files_validate_against_the_published_schema()
    {
        NodeScript.RequireTeamsTooling();

        var result = await NodeScript.RunAsync("node", ["validate-manifest.js"], Folder);

        Assert.True(result.ExitCode == 0, result.Errors);
        Assert.Contains("valid: manifest.json", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validation_rejects_a_manifest_that_breaks_the_schema()
    {
        NodeScript.RequireTeamsTooling();
        var copy = Directory.CreateTempSubdirectory("teams-manifest-");
        try
        {
            Directory.CreateDirectory(Path.Combine(copy.FullName, "localization"));
            foreach (var file in Directory.GetFiles(Path.Combine(Folder, "localization")))
                File.Copy(file, Path.Combine(copy.FullName, "localization", Path.GetFileName(file)));
            var manifest = Manifest();
            manifest["bots"]![0]!["scopes"] = new JsonArray("personal", "everywhere");
            await File.WriteAllTextAsync(Path.Combine(copy.FullName, "manifest.json"), manifest.ToJsonString(), TestContext.Current.CancellationToken);

            var result = await NodeScript.RunAsync("node", [Path.Combine(Folder, "validate-manifest.js"), copy.FullName], Folder);

            Assert.Equal(1, result.ExitCode);
            Assert.Contains("/bots/0/scopes/1", result.Errors, StringComparison.Ordinal);
        }
        finally
        {
            copy.Delete(recursive: true);
        }
    }

    [Fact]
    public void Bot_is_offered_in_personal_team_and_group_chats_with_the_app_id_as_a_placeholder()
    {
        var bot = Manifest()["bots"]![0]!;

        Assert.Equal("{{MICROSOFT_APP_ID}}", bot["botId"]!.GetValue<string>());
        Assert.Equal(["personal", "team", "groupChat"], bot["scopes"]!.AsArray().Select(s => s!.GetValue<string>()));
        Assert.Equal("1.22", Manifest()["manifestVersion"]!.GetValue<string>());
    }

    [Fact]
    public void Every_shipped_language_has_a_localization_file_listed_in_the_manifest()
    {
        var info = Manifest()["localizationInfo"]!;
        var listed = info["additionalLanguages"]!.AsArray().Select(l => l!["languageTag"]!.GetValue<string>()).Prepend(info["defaultLanguageTag"]!.GetValue<string>());

        Assert.Equal(IntegrationBot.Engine.Turns.Culture.Supported.Order(), listed.Order());
        foreach (var language in IntegrationBot.Engine.Turns.Culture.Supported)
            Assert.True(File.Exists(Path.Combine(Folder, "localization", language + ".json")), language);
    }

    [Fact]
    public void Color_icon_is_192_pixels_square()
    {
        var icon = PngImage.Read(Path.Combine(Folder, "color.png"));

        Assert.Equal((192, 192), (icon.Width, icon.Height));
    }

    [Fact]
    public void Outline_icon_is_32_pixels_white_on_transparent()
    {
        var icon = PngImage.Read(Path.Combine(Folder, "outline.png"));

        Assert.Equal((32, 32, true), (icon.Width, icon.Height, icon.HasAlpha));
        var pixels = icon.Pixels().ToList();
        Assert.All(pixels, p => Assert.True(p.A == 0 || (p.R, p.G, p.B) == (255, 255, 255), $"{p}"));
        Assert.Contains(pixels, p => p.A == 0);
        Assert.Contains(pixels, p => p.A == 255);
    }

    [Fact]
    public async Task Package_script_fills_in_the_app_id_and_zips_manifest_icons_and_translations()
    {
        if (!File.Exists("/bin/bash"))
            IntegrationBot.Testing.Infrastructure.SkipUnlessCi("bash is not installed");
        var output = Path.Combine(Directory.CreateTempSubdirectory("teams-package-").FullName, "app.zip");
        const string AppId = "5d2d7b43-9b8a-4c55-8f55-2f1e0c0a7d11";

        var result = await NodeScript.RunAsync("/bin/bash", ["package.sh", output], Folder, new Dictionary<string, string>
        {
            ["MICROSOFT_APP_ID"] = AppId,
            ["BOT_DOMAIN"] = "https://integrationbot-test.azurewebsites.net/",
        });

        Assert.True(result.ExitCode == 0, result.Errors);
        using var zip = ZipFile.OpenRead(output);
        Assert.Equal(
            ["ar.json", "color.png", "de.json", "en.json", "fa.json", "manifest.json", "nl.json", "outline.png", "ru.json", "tr.json", "uk.json"],
            zip.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal));
        using var reader = new StreamReader(zip.GetEntry("manifest.json")!.Open());
        var manifest = JsonNode.Parse(await reader.ReadToEndAsync(TestContext.Current.CancellationToken))!;
        Assert.Equal((AppId, AppId), (manifest["id"]!.GetValue<string>(), manifest["bots"]![0]!["botId"]!.GetValue<string>()));
        Assert.Equal("integrationbot-test.azurewebsites.net", manifest["validDomains"]![0]!.GetValue<string>());
        Directory.Delete(Path.GetDirectoryName(output)!, recursive: true);
    }

    private static JsonObject Manifest() => JsonNode.Parse(File.ReadAllText(Path.Combine(Folder, "manifest.json")))!.AsObject();
}
