using System.Globalization;
using IntegrationBot.Engine.Turns;
using IntegrationBot.Schema;
using Microsoft.Extensions.Localization;

namespace IntegrationBot.Flows.Menu;

/// <summary>Greets new users and answers with the main menu. (Interim: the dialog engine replaces this router.)</summary>
public sealed class MainMenuBot(IStringLocalizer<Strings> strings) : IBot
{
    public async Task OnTurnAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(Engine.Turns.Culture.ToSupported(activity.Locale) ?? turn.Locale);
        if (activity.IsType(ActivityTypes.ConversationUpdate) && activity.MembersAdded?.Any(m => m.Id != activity.Recipient?.Id) == true)
        {
            await turn.SendActivityAsync(Menu(strings["Welcome"]), cancellationToken).ConfigureAwait(false);
            return;
        }
        if (!activity.IsType(ActivityTypes.Message))
            return;

        var choice = MenuItems.Match(activity.Text, strings);
        var text = choice is null ? strings["NotUnderstood"] : strings["ComingSoon", strings[choice.TitleKey]];
        await turn.SendActivityAsync(Menu(text), cancellationToken).ConfigureAwait(false);
    }

    private Activity Menu(string text) => new()
    {
        Type = ActivityTypes.Message,
        Text = text,
        InputHint = InputHints.ExpectingInput,
        SuggestedActions = new SuggestedActions
        {
            Actions = [.. MenuItems.All.Select(item => new CardAction { Type = ActionTypes.ImBack, Title = strings[item.TitleKey], Value = System.Text.Json.JsonSerializer.SerializeToElement(strings[item.TitleKey].Value) })],
        },
    };
}

/// <summary>The main menu's entries, by resource key.</summary>
public sealed record MenuItem(string Id, string TitleKey);

public static class MenuItems
{
    public static IReadOnlyList<MenuItem> All { get; } =
    [
        new("register", "Menu_Register"),
        new("idea", "Menu_Idea"),
        new("contact", "Menu_Contact"),
        new("dates", "Menu_Dates"),
        new("language", "Menu_Language"),
    ];

    public static MenuItem? Match(string? text, IStringLocalizer strings)
    {
        var trimmed = text?.Trim();
        return string.IsNullOrEmpty(trimmed) ? null
            : All.FirstOrDefault(i => string.Equals(strings[i.TitleKey], trimmed, StringComparison.OrdinalIgnoreCase));
    }
}
