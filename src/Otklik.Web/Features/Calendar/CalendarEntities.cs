using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Otklik.Calendar;

namespace Otklik.Web.Features.Calendar;

// A whole year loaded by an administrator; it replaces the shipped or provisional year.
public sealed class StoredCalendarYear
{
    public int Year { get; set; }

    public required string Source { get; set; }

    public DateTimeOffset LoadedAt { get; set; }

    public List<StoredDayRule> Days { get; set; } = [];
}

// One day set by an administrator (e.g. an extra day off by decree); it wins over every year's data.
public sealed class StoredDayRule
{
    public int Id { get; set; }

    public int? StoredYear { get; set; }

    public DateOnly Date { get; set; }

    public DayType Type { get; set; }

    public DayReason Reason { get; set; }

    public required string Note { get; set; }

    public DateOnly? TransferredFrom { get; set; }

    public DayRule ToRule() => new(Date, Type, Reason, Note, TransferredFrom);
}

internal sealed class StoredCalendarYearConfiguration : IEntityTypeConfiguration<StoredCalendarYear>
{
    public void Configure(EntityTypeBuilder<StoredCalendarYear> builder)
    {
        builder.HasKey(y => y.Year);
        builder.Property(y => y.Year).ValueGeneratedNever();
        builder.Property(y => y.Source).HasMaxLength(500);
        builder.HasMany(y => y.Days).WithOne().HasForeignKey(d => d.StoredYear).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class StoredDayRuleConfiguration : IEntityTypeConfiguration<StoredDayRule>
{
    public void Configure(EntityTypeBuilder<StoredDayRule> builder)
    {
        builder.Property(d => d.Type).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.Reason).HasConversion<string>().HasMaxLength(30);
        builder.Property(d => d.Note).HasMaxLength(300);
        builder.HasIndex(d => new { d.StoredYear, d.Date }).IsUnique();
    }
}
