using IntegrationBot.Schema;

namespace IntegrationBot.Engine.Turns;

/// <summary>
/// Web Chat, the Emulator and Teams render message text as Markdown, where a single line break joins two lines into
/// one (a registration summary would become one long line). Resource texts use plain line breaks; this turns each
/// lone one into a Markdown hard break ("two spaces, newline") for those channels.
/// </summary>
public static class LineBreaks
{
    public static void ForMarkdownChannels(Activity reply)
    {
        if (reply.Text is not { } text || !text.Contains('\n', StringComparison.Ordinal) || !RendersMarkdown(reply.ChannelId))
            return;
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < lines.Length - 1; i++)
        {
            if (lines[i].Length > 0 && lines[i + 1].Length > 0 && !lines[i].EndsWith("  ", StringComparison.Ordinal))
                lines[i] += "  ";
        }
        reply.Text = string.Join('\n', lines);
    }

    private static bool RendersMarkdown(string? channelId) =>
        channelId is Channels.WebChat or Channels.DirectLine or Channels.Emulator or Channels.MsTeams;
}
