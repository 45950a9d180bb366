using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using IntegrationBot.Engine;
using IntegrationBot.Engine.Localization;
using IntegrationBot.Engine.Turns;
using IntegrationBot.TextAnalytics;
using Microsoft.Extensions.Options;

namespace IntegrationBot.Host.Privacy;

/// <summary>
/// Renders the privacy page in one shipped language: what the bot stores, what for, and how a person sees and deletes
/// it in the chat (with the very command words the bot understands). Azure processing is mentioned only when configured.
/// </summary>
public sealed class PrivacyPage(
    IBotTexts texts,
    IOptions<EngineOptions> engine,
    IOptions<PrivacyOptions> privacy,
    IOptions<TextAnalyticsOptions> analysis,
    IOptions<TranslatorOptions> translation)
{
    // Only markup characters are escaped; Arabic, Cyrillic and „quotes“ stay readable in the source.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public string Render(string language) => texts.In(language, _ => Html(language));

    private string Html(string language)
    {
        var html = new StringBuilder(4096);
        var direction = Culture.IsRightToLeft(language) ? "rtl" : "ltr";
        html.Append(CultureInfo.InvariantCulture, $"<!doctype html>\n<html lang=\"{language}\" dir=\"{direction}\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append(CultureInfo.InvariantCulture, $"<title>{Encode("Privacy_Title")}</title>\n<link rel=\"stylesheet\" href=\"/app.css\">\n</head>\n<body>\n<main class=\"content privacy\">\n")
            .Append(CultureInfo.InvariantCulture, $"<h1>{Encode("Privacy_Title")}</h1>\n<p>{Encode("Privacy_Intro")}</p>\n")
            .Append(CultureInfo.InvariantCulture, $"<h2>{Encode("Privacy_StoredHeading")}</h2>\n<ul>\n")
            .Append(CultureInfo.InvariantCulture, $"<li>{Encode("Privacy_StoredRegistrations")}</li>\n<li>{Encode("Privacy_StoredIdeas")}</li>\n")
            .Append(CultureInfo.InvariantCulture, $"<li>{Encode("Privacy_StoredConversation", (int)engine.Value.StateExpiry.TotalDays)}</li>\n")
            .Append(CultureInfo.InvariantCulture, $"<li>{Encode("Privacy_StoredReference")}</li>\n</ul>\n")
            .Append(CultureInfo.InvariantCulture, $"<h2>{Encode("Privacy_UseHeading")}</h2>\n<p>{Encode("Privacy_Use")}</p>\n");
        if (UsesAzure())
            html.Append(CultureInfo.InvariantCulture, $"<p>{Encode("Privacy_Translation")}</p>\n");
        html.Append(CultureInfo.InvariantCulture, $"<h2>{Encode("Privacy_RightsHeading")}</h2>\n")
            .Append(CultureInfo.InvariantCulture, $"<p>{Encode("Privacy_Rights", FirstWord("Command_ShowMyData"), FirstWord("Command_DeleteMyData"))}</p>\n");
        if (privacy.Value.Controller is { Length: > 0 } controller)
            html.Append(CultureInfo.InvariantCulture, $"<p>{Encode("Privacy_Controller", controller)}</p>\n");
        html.Append(CultureInfo.InvariantCulture, $"<nav aria-label=\"{Encode("Privacy_OtherLanguages")}\"><ul class=\"privacy__languages\">\n");
        foreach (var other in Culture.Supported)
        {
            var name = CultureInfo.GetCultureInfo(other).NativeName;
            html.Append(CultureInfo.InvariantCulture, $"<li><a href=\"/privacy?lang={other}\" lang=\"{other}\" hreflang=\"{other}\">{Encoder.Encode(name)}</a></li>\n");
        }
        return html.Append("</ul></nav>\n</main>\n</body>\n</html>\n").ToString();
    }

    private string Encode(string key, params object[] args) => Encoder.Encode(texts[key, args]);

    // The command resources list synonyms separated by ';' — the first is the one to teach.
    private string FirstWord(string key) => texts[key].Split(';')[0].Trim();

    private bool UsesAzure() =>
        analysis.Value.Provider == TextAnalyticsProvider.Azure || translation.Value.Provider == TranslatorProvider.Azure;
}
