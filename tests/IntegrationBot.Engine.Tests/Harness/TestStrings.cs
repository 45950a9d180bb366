namespace IntegrationBot.Engine.Tests.Harness;

/// <summary>Resource marker of the test application (Resources/Harness/TestStrings.*.resx).</summary>
public sealed class TestStrings;
