using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Otklik.Text.Search;

namespace Otklik.Web.Features.Knowledge.Search;

// Lucene sees exactly the terms the text library produces, so the index and the query can never disagree
// on normalisation, stop words or stems.
internal sealed class RussianTermAnalyzer : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader) =>
        new(new RussianTermTokenizer(reader));
}

internal sealed class RussianTermTokenizer : Tokenizer
{
    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private IReadOnlyList<SearchToken> _tokens = [];
    private int _next;
    private int _length;

    public RussianTermTokenizer(TextReader input)
        : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
    }

    public override bool IncrementToken()
    {
        ClearAttributes();
        if (_next >= _tokens.Count)
        {
            return false;
        }

        var token = _tokens[_next++];
        _term.SetEmpty().Append(token.Term);
        _offset.SetOffset(CorrectOffset(token.Start), CorrectOffset(token.Start + token.Length));
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        var text = m_input.ReadToEnd();
        _tokens = RussianSearchAnalyzer.Tokens(text);
        _length = text.Length;
        _next = 0;
    }

    public override void End()
    {
        base.End();
        var end = CorrectOffset(_length);
        _offset.SetOffset(end, end);
    }
}
