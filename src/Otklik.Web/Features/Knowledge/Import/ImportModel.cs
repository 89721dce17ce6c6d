using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Otklik.Web.Features.Knowledge.Import;

public enum ImportState
{
    Queued,
    Running,
    Done,
}

// An archive of a folder tree from the ministry's share, imported file by file into one section (R28.3).
public sealed class KnowledgeImport
{
    public int Id { get; set; }

    public int SectionId { get; set; }

    public required string ArchiveName { get; set; }

    public required string ArchiveHash { get; set; }

    public ImportState State { get; set; }

    public int Total { get; set; }

    public int Imported { get; set; }

    public int Unreadable { get; set; }

    public required string StartedBy { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    // A node that stops mid-import leaves the claim to expire; another node resumes after the last entry.
    public DateTimeOffset? ClaimedAt { get; set; }

    public DateTimeOffset? FinishedAt { get; set; }

    public List<KnowledgeImportEntry> Entries { get; set; } = [];
}

public sealed class KnowledgeImportEntry
{
    public long Id { get; set; }

    public int ImportId { get; set; }

    public required string Path { get; set; }

    public int? ItemId { get; set; }

    // Why the file could not be read; empty when it was imported.
    public string? Problem { get; set; }
}

internal sealed class ImportConfiguration :
    IEntityTypeConfiguration<KnowledgeImport>, IEntityTypeConfiguration<KnowledgeImportEntry>
{
    public void Configure(EntityTypeBuilder<KnowledgeImport> builder)
    {
        builder.Property(i => i.ArchiveName).HasMaxLength(255);
        builder.Property(i => i.ArchiveHash).HasMaxLength(64);
        builder.Property(i => i.State).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.StartedBy).HasMaxLength(200);
        builder.HasIndex(i => i.State);
        builder.HasMany(i => i.Entries).WithOne().HasForeignKey(e => e.ImportId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<KnowledgeImportEntry> builder)
    {
        builder.Property(e => e.Path).HasMaxLength(1000);
        builder.Property(e => e.Problem).HasMaxLength(500);
        builder.HasIndex(e => new { e.ImportId, e.Path }).IsUnique();
    }
}
