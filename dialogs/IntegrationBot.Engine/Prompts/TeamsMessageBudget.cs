using System.Text;

namespace IntegrationBot.Engine.Prompts;

/// <summary>
/// The one place that says how large a Teams message built by the engine may get. Teams answers an oversized bot
/// message with 413 <c>MessageSizeTooBig</c>; the published figure has moved (protocol notes §4.7: "commonly cited
/// ≈28 KB"; learn.microsoft.com "Format your bot messages" said 40 KB, measured on the payload encoded as UTF-16, and
/// now says about 100 KB with 80 KB recommended; the Teams connector of Power Automate/Logic Apps documents "about
/// 28 KB"). The engine keeps to the smallest of these, so a card that fits here fits every client and tenant.
/// </summary>
public static class TeamsMessageBudget
{
    /// <summary>The whole serialized activity: 28 KB (the smallest published limit).</summary>
    public const int MaxMessageBytes = 28 * 1024;

    /// <summary>
    /// An Adaptive Card attachment: 24 KB, leaving 4 KB for the envelope Teams adds around it (ids of users,
    /// conversations and the service URL are a few hundred bytes each).
    /// </summary>
    public const int CardBytes = 24 * 1024;

    /// <summary>The text of one message or of the card's question: 12 KB, so at least half a card is left for its buttons.</summary>
    public const int TextBytes = 12 * 1024;

    /// <summary>Choice buttons on one card page; more are paged with "more" and "back" buttons.</summary>
    public const int MaxChoicesPerPage = 10;

    /// <summary>A button title or input label longer than this is shortened (Teams shows one line of it anyway).</summary>
    public const int MaxTitleChars = 200;

    /// <summary>
    /// Size of serialized JSON as Teams may count it: UTF-16 (two bytes per character, documented) or UTF-8 (what goes
    /// over the wire; three bytes for some scripts), whichever is larger.
    /// </summary>
    public static int Measure(string json) => Math.Max(Encoding.UTF8.GetByteCount(json), json.Length * 2);
}
