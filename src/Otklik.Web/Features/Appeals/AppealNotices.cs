using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Otklik.Web.Features.Appeals;

public enum NoticeState
{
    Pending,
    Sending,
    Sent,
    Failed,

    // A node took the notice and stopped before it recorded the outcome; it is not sent again by itself,
    // since it may have been delivered.
    Uncertain,
}

// A notice to the client in the outbox, one per channel, written in the transaction of the change that
// causes it; a dispatcher delivers it.
public sealed class AppealNotice
{
    public long Id { get; set; }

    public int AppealId { get; set; }

    public required string Kind { get; set; }

    public required string Channel { get; set; }

    public required string Subject { get; set; }

    public required string Body { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public NoticeState State { get; set; }

    public int Attempts { get; set; }

    public DateTimeOffset? SentAt { get; set; }

    public DateTimeOffset? NextAttemptAt { get; set; }

    public DateTimeOffset? ClaimedAt { get; set; }

    // Who took it, when a person delivers it (an operator's call).
    public string? ClaimedBy { get; set; }

    public string? LastError { get; set; }
}

// A reminder to an executor or an escalation to a head. The unique key makes a second reminder of the same
// kind for the same deadline impossible, whichever node's job writes it first.
public sealed class StaffReminder
{
    public long Id { get; set; }

    public int AppealId { get; set; }

    public int EmployeeId { get; set; }

    public required string Kind { get; set; }

    public DateOnly DueOn { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public required string Text { get; set; }

    public DateTimeOffset? ReadAt { get; set; }
}

internal sealed class NoticeConfiguration :
    IEntityTypeConfiguration<AppealNotice>, IEntityTypeConfiguration<StaffReminder>
{
    public void Configure(EntityTypeBuilder<AppealNotice> builder)
    {
        builder.Property(n => n.Kind).HasMaxLength(40);
        builder.Property(n => n.Channel).HasMaxLength(20);
        builder.Property(n => n.Subject).HasMaxLength(300);
        builder.Property(n => n.Body).HasMaxLength(24_000);
        builder.Property(n => n.State).HasConversion<string>().HasMaxLength(20);
        builder.Property(n => n.LastError).HasMaxLength(500);
        builder.Property(n => n.ClaimedBy).HasMaxLength(450);
        builder.HasIndex(n => new { n.State, n.Id });
        builder.HasIndex(n => n.AppealId);
        builder.HasOne<Appeal>().WithMany().HasForeignKey(n => n.AppealId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<StaffReminder> builder)
    {
        builder.Property(r => r.Kind).HasMaxLength(40);
        builder.Property(r => r.Text).HasMaxLength(1000);
        builder.HasIndex(r => new { r.AppealId, r.EmployeeId, r.Kind, r.DueOn }).IsUnique();
        builder.HasIndex(r => new { r.EmployeeId, r.ReadAt });
        builder.HasOne<Appeal>().WithMany().HasForeignKey(r => r.AppealId).OnDelete(DeleteBehavior.Cascade);
    }
}
