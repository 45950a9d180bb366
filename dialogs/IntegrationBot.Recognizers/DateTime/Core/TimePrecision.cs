namespace IntegrationBot.Recognizers.DateTime.Core;

internal enum TimePrecision
{
    Hour,
    Minute,
    Second,
}
