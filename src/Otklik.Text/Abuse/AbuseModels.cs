namespace Otklik.Text.Abuse;

public enum AbuseCategory
{
    Obscene,
    Insult,
    Threat,
}

// One suspicious fragment: where it is in the original text and which rule found it.
public sealed record AbuseFinding(AbuseCategory Category, int Start, int Length, string Fragment, string Rule);

public sealed record AbuseResult(IReadOnlyList<AbuseFinding> Findings)
{
    public bool IsAbusive => Findings.Count > 0;

    public bool Has(AbuseCategory category) => Findings.Any(f => f.Category == category);
}
