namespace IntegrationBot.TextAnalytics.Offline.Languages;

/// <summary>What one language's model is trained on: running text, and function words known to be frequent.</summary>
internal sealed record TrainingSample(string Code, string Text, IReadOnlyList<string> FunctionWords);
