using IntegrationBot.Engine.Localization;
using IntegrationBot.Engine.Prompts;

namespace IntegrationBot.Engine.Dialogs;

/// <summary>What dialogs use besides the turn: texts, recognizers, the clock and the engine's options.</summary>
public sealed record DialogServices(
    DialogSet Dialogs,
    IBotTexts Texts,
    IPromptRecognizers Recognizers,
    TimeProvider Time,
    EngineOptions Options);
