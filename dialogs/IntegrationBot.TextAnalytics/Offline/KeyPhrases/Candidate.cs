namespace IntegrationBot.TextAnalytics.Offline.KeyPhrases;

/// <summary>A run of up to three adjacent content words, scored; <see cref="Key"/> is its lower-cased text.</summary>
internal sealed record Candidate(string Key, int Offset, int Length, int Words, double Score);
