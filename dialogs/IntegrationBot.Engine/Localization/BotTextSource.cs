using Microsoft.Extensions.Localization;

namespace IntegrationBot.Engine.Localization;

/// <summary>
/// One feature's resources (a resx family read through <see cref="IStringLocalizer"/>). Features register their own
/// source, so each keeps its texts in its own files; sources are searched in registration order, the engine's last.
/// </summary>
public sealed record BotTextSource(IStringLocalizer Localizer);
