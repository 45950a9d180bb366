using IntegrationBot.Engine.Dialogs;
using IntegrationBot.Engine.Localization;

namespace IntegrationBot.Flows.Menu;

/// <summary>
/// News a feature keeps for the user until their next visit (e.g. "a place became free, you are registered"). The
/// menu takes them whenever it starts, so they are told once, before anything else.
/// </summary>
public interface IMenuNotices
{
    Task<IReadOnlyList<Text>> TakeAsync(DialogContext dc, CancellationToken cancellationToken);
}
