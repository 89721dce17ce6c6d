using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Otklik.Web.Features.Surveys;

// One survey link sent to a client after one interaction (RF1); it can be answered once.
public sealed class SurveyInvitation
{
    public long Id { get; set; }

    // What the signed link carries; never the row id, so links cannot be guessed in sequence.
    public Guid Key { get; set; }

    public required string Touchpoint { get; set; }

    public int? AppealId { get; set; }

    public int? DepartmentId { get; set; }

    public string? Channel { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }

    public DateTimeOffset? AnsweredAt { get; set; }
}

public sealed class SurveyResponse
{
    public long Id { get; set; }

    public long InvitationId { get; set; }

    public required string Touchpoint { get; set; }

    public int? AppealId { get; set; }

    public int? DepartmentId { get; set; }

    public string? Channel { get; set; }

    public DateTimeOffset At { get; set; }

    // 1 (very bad) to 5 (very good).
    public int Satisfaction { get; set; }

    // "yes", "partly" or "no".
    public string? Clear { get; set; }

    public string? Resolved { get; set; }

    public string? Comment { get; set; }
}

internal sealed class SurveyConfiguration :
    IEntityTypeConfiguration<SurveyInvitation>, IEntityTypeConfiguration<SurveyResponse>
{
    public void Configure(EntityTypeBuilder<SurveyInvitation> builder)
    {
        builder.HasIndex(i => i.Key).IsUnique();
        builder.Property(i => i.Touchpoint).HasMaxLength(30);
        builder.Property(i => i.Channel).HasMaxLength(20);
        builder.HasIndex(i => i.AppealId);
    }

    public void Configure(EntityTypeBuilder<SurveyResponse> builder)
    {
        builder.Property(r => r.Touchpoint).HasMaxLength(30);
        builder.Property(r => r.Channel).HasMaxLength(20);
        builder.Property(r => r.Clear).HasMaxLength(10);
        builder.Property(r => r.Resolved).HasMaxLength(10);
        builder.Property(r => r.Comment).HasMaxLength(2000);
        builder.HasIndex(r => r.InvitationId).IsUnique();
        builder.HasIndex(r => new { r.DepartmentId, r.At });
    }
}
