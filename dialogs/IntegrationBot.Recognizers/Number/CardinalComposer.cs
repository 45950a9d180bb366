namespace IntegrationBot.Recognizers.Number;

/// <summary>
/// Adds number morphemes left to right and says when the next one cannot continue the number. Values are kept
/// as completed scale groups ("drei Millionen" = 3 000 000 at scale 10⁶) plus the open group's hundreds and
/// rest. A bigger scale swallows smaller groups: "dos mil millones" is (2 × 1000) × 10⁶.
/// </summary>
internal partial struct CardinalComposer(NumberLanguage language)
{
    private Groups _values;
    private Groups _scales;
    private int _groups;
    private double _hundreds;
    private double _small;
    private WordKind _last;
    private bool _closed;
    private bool _article;
    private bool _connectorInGroup;

    public int Count { get; private set; }

    public readonly double Value
    {
        get
        {
            var total = _hundreds + _small;
            for (var i = 0; i < _groups; i++)
                total += _values[i];
            return total;
        }
    }

    /// <summary>The largest scale word in the number (1 when there is none).</summary>
    public readonly double MaxScale => _groups > 0 ? _scales[0] : _hundreds > 0 ? 100 : 1;

    /// <summary>The scale the number ends on ("one million" → 10⁶), or 1 when it ends below a scale word.</summary>
    public readonly double EndScale => _groups > 0 && _hundreds == 0 && _small == 0 ? _scales[_groups - 1] : 1;

    /// <summary>The part after the last hundred or scale word, and whether anything precedes it.</summary>
    public readonly (double Small, bool HasLargerPart) Tail => (_small, _groups > 0 || _hundreds > 0);

    public readonly bool EndsOnScale => _last is WordKind.Hundred or WordKind.Hundreds or WordKind.Multiplier;

    public readonly bool IsComplete => Count > 0 && !(_article && Count == 1);

    public bool TryAdd(in NumberWord word, bool afterConnector)
    {
        if (_closed || (afterConnector && !ConnectorFits(word)))
            return false;
        if (!Apply(word, afterConnector))
            return false;
        if (afterConnector)
            _connectorInGroup = true;
        _last = word.Kind;
        Count++;
        return true;
    }

    private readonly bool ConnectorFits(in NumberWord word) =>
        !language.ConnectorAfterScaleOnly || EndsOnScale || word.Kind is WordKind.Digits && EndsOnScale;

    private bool Apply(in NumberWord word, bool afterConnector)
    {
        var v = word.Value;
        switch (word.Kind)
        {
            case WordKind.Zero:
                _closed = true;
                return Count == 0;
            case WordKind.Unit when word.Is(WordFlags.Article):
                if (Count > 0)
                    return false;
                _article = true;
                _small = 1;
                return true;
            case WordKind.Unit:
                return AddUnit(v);
            case WordKind.Teen:
                if (_article)
                    return false;
                if (_small == 0)
                {
                    _small = v;
                    return true;
                }
                // soixante-dix, quatre-vingt-onze, soixante et onze
                if (language.FrenchTens && _last == WordKind.Ten && _small is 60 or 80)
                {
                    _small += v;
                    return true;
                }
                return false;
            case WordKind.Ten:
                if (_article)
                    return false;
                if (_small == 0)
                {
                    _small = v;
                    return true;
                }
                if (_last == WordKind.Unit && _small < 10 && afterConnector && language.ReversedTens)
                {
                    _small += v;
                    return true;
                }
                if (language.FrenchTens && _last == WordKind.Unit && _small == 4 && v == 20 && !afterConnector)
                {
                    _small = 80;
                    return true;
                }
                return false;
            case WordKind.TeenTen:
                if (_small == 0 && _last != WordKind.Digits)
                {
                    _small = 10;
                    return true;
                }
                if (_last == WordKind.Unit && _small < 10)
                {
                    _small += 10;
                    return true;
                }
                return false;
            case WordKind.Hundred:
                if (_hundreds > 0 || (_small >= 100 && _last != WordKind.Digits))
                    return false;
                if (_small == 0 && Count > 0 && _last != WordKind.Multiplier)
                    return false;
                _hundreds = Math.Max(_small, 1) * 100;
                _small = 0;
                _article = false;
                return true;
            case WordKind.Hundreds:
                if (_hundreds > 0 || _small > 0)
                    return false;
                _hundreds = v;
                return true;
            case WordKind.Multiplier:
                return AddScale(v, word.Is(WordFlags.Dual));
            case WordKind.Dozen:
                if (_small == 0 && _hundreds == 0 && Count > 0)
                    return false;
                if (Count == 0)
                    _small = 1;
                if (_connectorInGroup)
                {
                    _small *= v;
                }
                else
                {
                    _small = (_hundreds + _small) * v;
                    _hundreds = 0;
                }
                _closed = true;
                return true;
            case WordKind.Digits:
                if (Count == 0)
                {
                    _small = v;
                    return true;
                }
                // "3 hundred and 21", "6 crore and two hundred"
                if (afterConnector && EndsOnScale && _small == 0 && v < (_hundreds > 0 ? 100 : _scales[_groups - 1]))
                {
                    _small = v;
                    return true;
                }
                return false;
            default:
                return false;
        }
    }
}
