using IntegrationBot.Recognizers.DateTime.Core;

namespace IntegrationBot.Recognizers.DateTime.Portuguese;

/// <summary>Portuguese vocabulary: months, weekdays, units and the number words 1–31.</summary>
internal static class PortugueseWords
{
    public static readonly Words<int> Months = WordTable.Ints(
        "janeiro,jan=1; fevereiro,fev=2; março,marco,mar=3; abril,abr=4; maio,mai=5; junho,jun=6; julho,jul=7; agosto,ago=8; " +
        "setembro,set=9; outubro,out=10; novembro,nov=11; dezembro,dez=12");

    public static readonly Words<int> Weekdays = WordTable.Ints(
        "segunda-feira,segunda=1; terça-feira,terca-feira,terça,terca=2; quarta-feira,quarta,qua=3; " +
        "quinta-feira,quinta,qui=4; sexta-feira,sexta=5; sábado,sabado=6; domingo=7");

    public static readonly Words<DurationUnit> Units = WordTable.Of(
        ("segundos,segundo,seg", DurationUnit.Second),
        ("minutos,minuto,min", DurationUnit.Minute),
        ("horas,hora", DurationUnit.Hour),
        ("dias,dia", DurationUnit.Day),
        ("semanas,semana", DurationUnit.Week),
        ("meses,mês,mes", DurationUnit.Month),
        ("anos,ano", DurationUnit.Year));

    public static readonly Words<int> Numbers = WordTable.Ints(
        "um,uma=1; dois,duas=2; três,tres=3; quatro=4; cinco=5; seis=6; sete=7; oito=8; nove=9; dez=10; onze=11; doze=12; " +
        "treze=13; catorze,quatorze=14; quinze=15; dezesseis=16; dezessete=17; dezoito=18; dezenove=19; vinte=20; trinta=30");

    public static string Month => $"(?:{Months.Pattern})";

    public static string Weekday => $"(?:{Weekdays.Pattern})";

    public static int? ParseMonth(string text) => Digits.Int(text) ?? (Months.TryGet(text.TrimEnd('.'), out var m) ? m : null);
}
