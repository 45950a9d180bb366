namespace IntegrationBot.Engine.Interruptions;

/// <summary>Commands that work at every prompt.</summary>
public enum Command
{
    Help,
    Cancel,
    Menu,
    Language,
    ShowMyData,
    DeleteMyData,
}
