using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Otklik.Web.Features.Knowledge.Gaps;

// One knowledge-base search, kept to find what readers look for and do not find (R29.3).
public sealed class KnowledgeSearchLog
{
    public long Id { get; set; }

    public DateTimeOffset At { get; set; }

    public required string Query { get; set; }

    // The query's stems, sorted: «пособия многодетным» and «многодетные пособие» share it.
    public required string Key { get; set; }

    public int Hits { get; set; }

    // The reader said nothing found was of use.
    public bool NotUseful { get; set; }
}

public enum CandidateState
{
    Open,
    Dismissed,
    Converted,
}

// A question the base does not answer yet, found in searches or in repeated appeals.
public sealed class KnowledgeCandidate
{
    public int Id { get; set; }

    public required string Key { get; set; }

    public required string Question { get; set; }

    // "search", "appeal" or "hotline".
    public required string Source { get; set; }

    public int Occurrences { get; set; }

    public DateTimeOffset LastSeenAt { get; set; }

    // The department whose appeals raised it; none for searches, which any head may take.
    public int? DepartmentId { get; set; }

    public CandidateState State { get; set; }

    public int? ItemId { get; set; }

    public string? DecidedBy { get; set; }

    public DateTimeOffset? DecidedAt { get; set; }
}

internal sealed class GapConfiguration :
    IEntityTypeConfiguration<KnowledgeSearchLog>, IEntityTypeConfiguration<KnowledgeCandidate>
{
    public void Configure(EntityTypeBuilder<KnowledgeSearchLog> builder)
    {
        builder.Property(l => l.Query).HasMaxLength(300);
        builder.Property(l => l.Key).HasMaxLength(300);
        builder.HasIndex(l => l.At);
    }

    public void Configure(EntityTypeBuilder<KnowledgeCandidate> builder)
    {
        builder.Property(c => c.Key).HasMaxLength(300);
        builder.Property(c => c.Question).HasMaxLength(1000);
        builder.Property(c => c.Source).HasMaxLength(20);
        builder.Property(c => c.State).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.DecidedBy).HasMaxLength(200);
        builder.HasIndex(c => new { c.Source, c.Key }).IsUnique();
        builder.HasIndex(c => c.State);
    }
}
