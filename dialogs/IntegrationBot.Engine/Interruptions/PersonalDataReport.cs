using System.Text;
using IntegrationBot.Engine.Dialogs;
using IntegrationBot.Engine.Running;

namespace IntegrationBot.Engine.Interruptions;

/// <summary>"Show my data": what the bot keeps about this user, from the engine's state and every feature that holds personal data.</summary>
public sealed class PersonalDataReport(IEnumerable<IPersonalData> features)
{
    public async Task<string> DescribeAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var texts = dc.Texts;
        var user = dc.State.User.Value;
        var text = new StringBuilder(texts["Engine_MyData_Intro"]);
        text.Append("\n\n- ").Append(texts["Engine_MyData_Language", texts["Language_" + (user.Language ?? dc.Turn.Locale)]]);
        foreach (var feature in features)
        {
            foreach (var line in await feature.DescribeAsync(UserKeyOf(dc), cancellationToken).ConfigureAwait(false))
                text.Append("\n- ").Append(line);
        }
        text.Append("\n\n").Append(texts["Engine_MyData_Delete"]);
        return text.ToString();
    }

    public async Task EraseAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        foreach (var feature in features)
            await feature.EraseAsync(UserKeyOf(dc), cancellationToken).ConfigureAwait(false);
        await dc.State.DeleteUserDataAsync(cancellationToken).ConfigureAwait(false);
    }

    private static UserKey UserKeyOf(DialogContext dc) =>
        new(dc.Turn.Activity.ChannelId ?? string.Empty, dc.Turn.Activity.From?.Id ?? string.Empty);
}
