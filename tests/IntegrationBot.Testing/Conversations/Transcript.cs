using System.Globalization;
using IntegrationBot.Engine.Localization;
using IntegrationBot.Schema;

namespace IntegrationBot.Testing.Conversations;

/// <summary>
/// A conversation written as data, one line per event, expected bot texts by resource key so the same resx that the
/// bot speaks from is what the test expects (in the language each reply carries):
/// <code>
/// join                         the user opens the chat
/// user: 2                      the user types "2"
/// user: @Engine_Yes            the user types the text of a resource (first ';' alternative) in the current language
/// click: {"choice":"red"}      a button or card submit with a value
/// bot: Root_Menu               the next reply is exactly that text
/// bot: Engine_Retry_Number + Profile_AskGroupSize   several texts joined by a blank line (a retry, then the question)
/// bot: Profile_Confirm(Anna, red)                   a text with arguments
/// bot~: Anna                   the next reply contains this literal text
/// buttons: Colour_Red, Colour_Green                 the last reply offers exactly these buttons
/// </code>
/// Every reply must be expected: one left over when the user speaks again fails the test.
/// </summary>
public static class Transcript
{
    public static async Task PlayAsync(TestConversation conversation, string script)
    {
        var texts = conversation.Host.Texts;
        var pending = new Queue<Activity>();
        Activity? last = null;
        var lineNumber = 0;
        foreach (var raw in script.Split('\n'))
        {
            lineNumber++;
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
                continue;
            var (verb, argument) = Split(line);
            switch (verb)
            {
                case "join":
                    AssertDrained(pending, lineNumber);
                    Enqueue(pending, await conversation.JoinAsync());
                    break;
                case "user":
                    AssertDrained(pending, lineNumber);
                    Enqueue(pending, await conversation.SayAsync(ResolveUserText(texts, conversation, argument)));
                    break;
                case "click":
                    AssertDrained(pending, lineNumber);
                    Enqueue(pending, await conversation.SubmitAsync(argument));
                    break;
                case "bot":
                    last = Next(pending, lineNumber);
                    Assert.True(Expected(texts, argument, last.Locale) == last.Text,
                        $"Line {lineNumber}: expected '{Expected(texts, argument, last.Locale)}' but the bot said '{last.Text}'.");
                    break;
                case "bot~":
                    last = Next(pending, lineNumber);
                    Assert.Contains(argument, last.Text ?? string.Empty, StringComparison.Ordinal);
                    break;
                case "buttons":
                    Assert.NotNull(last);
                    var titles = argument.Split(',', StringSplitOptions.TrimEntries).Select(k => Render(texts, k, [], last!.Locale)).ToArray();
                    Assert.Equal(titles, Buttons(last!));
                    break;
                default:
                    Assert.Fail($"Line {lineNumber}: unknown transcript verb '{verb}'.");
                    break;
            }
        }
        AssertDrained(pending, lineNumber + 1);
    }

    /// <summary>Button titles of a reply: suggested actions (Web Chat) or Action.Submit titles (Teams card).</summary>
    public static string[] Buttons(Activity reply)
    {
        if (reply.SuggestedActions?.Actions is { } actions)
            return [.. actions.Select(a => a.Title ?? string.Empty)];
        if (reply.Attachments?.FirstOrDefault()?.Content is { } card && card.TryGetProperty("actions", out var cardActions))
            return [.. cardActions.EnumerateArray().Select(a => a.GetProperty("title").GetString() ?? string.Empty)];
        return [];
    }

    private static string ResolveUserText(IBotTexts texts, TestConversation conversation, string argument)
    {
        if (!argument.StartsWith('@'))
            return argument;
        var language = IntegrationBot.Recognizers.Culture.Normalize(conversation.Locale);
        return Render(texts, argument[1..], [], language).Split(';')[0];
    }

    private static string Expected(IBotTexts texts, string argument, string? locale) =>
        string.Join("\n\n", argument.Split(" + ", StringSplitOptions.TrimEntries).Select(part =>
        {
            var open = part.IndexOf('(', StringComparison.Ordinal);
            if (open < 0)
                return Render(texts, part, [], locale);
            var args = part[(open + 1)..^1].Split(',', StringSplitOptions.TrimEntries);
            return Render(texts, part[..open], args, locale);
        }));

    private static string Render(IBotTexts texts, string key, object[] args, string? locale)
    {
        var saved = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(locale ?? "de");
        try
        {
            return texts[key, args];
        }
        finally
        {
            CultureInfo.CurrentUICulture = saved;
        }
    }

    private static (string Verb, string Argument) Split(string line)
    {
        var colon = line.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? (line, string.Empty) : (line[..colon].Trim(), line[(colon + 1)..].Trim());
    }

    private static void Enqueue(Queue<Activity> pending, IReadOnlyList<Activity> replies)
    {
        foreach (var reply in replies.Where(r => r.IsType(ActivityTypes.Message)))
            pending.Enqueue(reply);
    }

    private static Activity Next(Queue<Activity> pending, int lineNumber) =>
        pending.TryDequeue(out var reply) ? reply : throw new InvalidOperationException($"Line {lineNumber}: expected a reply, the bot said nothing more.");

    private static void AssertDrained(Queue<Activity> pending, int lineNumber)
    {
        if (pending.TryPeek(out var extra))
            Assert.Fail($"Line {lineNumber}: the bot also said '{extra.Text}', which the transcript does not expect.");
    }
}
