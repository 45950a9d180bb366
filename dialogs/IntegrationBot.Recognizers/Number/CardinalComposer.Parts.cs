using System.Runtime.CompilerServices;

namespace IntegrationBot.Recognizers.Number;

/// <summary>Units and scale words: the two places where composing needs more than one rule.</summary>
internal partial struct CardinalComposer
{
    private bool AddUnit(double v)
    {
        if (_article)
            return false;
        if (_small == 0 && _last != WordKind.Digits)
        {
            _small = v;
            return true;
        }
        if (_last == WordKind.Ten && _small % 10 == 0 && _small < 100)
        {
            _small += v;
            return true;
        }
        // dix-sept, quatre-vingt-dix-neuf
        if (language.FrenchTens && _last == WordKind.Teen && _small % 10 == 0 && v >= 7)
        {
            _small += v;
            return true;
        }
        return false;
    }

    private bool AddScale(double scale, bool dual)
    {
        var sum = _hundreds + _small;
        var keep = _groups;
        while (keep > 0 && _scales[keep - 1] < scale)
            sum += _values[--keep];
        if (keep > 0 && _scales[keep - 1] == scale)
            return false;
        if (sum == 0)
        {
            // A bare scale word starts a number ("mil quinientos"), it does not follow one.
            if (Count > 0 && !dual)
                return false;
            sum = dual ? 2 : 1;
        }
        if (keep >= Groups.Length)
            return false;
        _groups = keep;
        _values[_groups] = sum * scale;
        _scales[_groups] = scale;
        _groups++;
        _hundreds = 0;
        _small = 0;
        _article = false;
        _connectorInGroup = false;
        return true;
    }

    [InlineArray(Length)]
    private struct Groups
    {
        public const int Length = 8;
        private double _element;
    }
}
