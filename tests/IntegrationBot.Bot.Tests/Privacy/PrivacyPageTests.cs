using System.Net;
using System.Net.Http.Headers;
using IntegrationBot.Bot.Tests.Messages;

namespace IntegrationBot.Bot.Tests.Privacy;

/// <summary>The privacy page the consent questions link to.</summary>
public sealed class PrivacyPageTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_page_is_german_by_default_and_teaches_the_chat_commands()
    {
        await using var app = new BotApplication();
        using var client = app.CreateClient();

        using var response = await client.GetAsync("/privacy", Ct);
        var html = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("<html lang=\"de\" dir=\"ltr\">", html, StringComparison.Ordinal);
        Assert.Contains("Datenschutz bei IntegrationBot", html, StringComparison.Ordinal);
        Assert.Contains("„Meine Daten“", html, StringComparison.Ordinal);
        Assert.Contains("„Meine Daten löschen“", html, StringComparison.Ordinal);
        Assert.Contains("30 Tage", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_browser_language_chooses_the_page_and_arabic_is_right_to_left()
    {
        await using var app = new BotApplication();
        using var client = app.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/privacy");
        request.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue("fr-FR"));
        request.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue("ar-SY", 0.8));

        using var response = await client.SendAsync(request, Ct);
        var html = await response.Content.ReadAsStringAsync(Ct);

        Assert.Contains("<html lang=\"ar\" dir=\"rtl\">", html, StringComparison.Ordinal);
        Assert.Contains("«حذف بياناتي»", html, StringComparison.Ordinal);
        Assert.Equal("ar", response.Content.Headers.ContentLanguage.Single());
    }

    [Theory]
    [InlineData("en", "Privacy at IntegrationBot")]
    [InlineData("tr", "IntegrationBot'ta veri koruma")]
    [InlineData("uk", "Захист даних в IntegrationBot")]
    [InlineData("ru", "Защита данных в IntegrationBot")]
    [InlineData("fa", "حفاظت از داده‌ها در IntegrationBot")]
    [InlineData("nl", "Privacy bij IntegrationBot")]
    public async Task Every_shipped_language_has_the_page(string language, string title)
    {
        await using var app = new BotApplication();
        using var client = app.CreateClient();

        var html = WebUtility.HtmlDecode(await client.GetStringAsync($"/privacy?lang={language}", Ct));

        Assert.Contains($"<title>{title}</title>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Privacy_", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_responsible_body_and_azure_processing_appear_only_when_configured()
    {
        await using var plain = new BotApplication();
        await using var configured = new BotApplication(new Dictionary<string, string?>
        {
            ["Privacy:Controller"] = "Stadt Münster, Kommunales Integrationszentrum",
            ["Translator:Provider"] = "Azure",
            ["Translator:Key"] = "translator-key-for-tests",
            ["Translator:Region"] = "westeurope",
        });

        var without = await plain.CreateClient().GetStringAsync("/privacy?lang=en", Ct);
        var with = await configured.CreateClient().GetStringAsync("/privacy?lang=en", Ct);

        Assert.DoesNotContain("Responsible:", without, StringComparison.Ordinal);
        Assert.DoesNotContain("Microsoft Azure", without, StringComparison.Ordinal);
        Assert.Contains("Responsible: Stadt Münster, Kommunales Integrationszentrum", WebUtility.HtmlDecode(with), StringComparison.Ordinal);
        Assert.Contains("Microsoft Azure AI", with, StringComparison.Ordinal);
    }
}
