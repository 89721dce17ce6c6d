using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Otklik.Web.Features.Appeals;

namespace Otklik.Web.Features.Reception;

// What the ministry can prepare for a visitor (R34–37); the induction loop is kept in one department and
// brought to the room.
public static class VisitorNeeds
{
    public const string Loop = "loop";

    public static readonly IReadOnlyDictionary<string, string> All = new Dictionary<string, string>
    {
        [Loop] = "индукционная система для слухового аппарата",
        ["large-print"] = "информация крупным шрифтом",
        ["escort"] = "помощь сопровождающего в здании",
        ["wheelchair"] = "передвигается на коляске",
    };
}

public enum BookingState
{
    Booked,
    Cancelled,
    Attended,
    Missed,
}

// A time an employee receives citizens in person (R30). The booking that holds it is written on the slot
// itself by a conditional update, so that two clients never get the same slot, also on several nodes.
public sealed class ReceptionSlot
{
    public int Id { get; set; }

    public int HostId { get; set; }

    public DateTimeOffset StartsAt { get; set; }

    public int Minutes { get; set; }

    public required string Room { get; set; }

    // Leadership receives on a published schedule, booked by phone and on the portal; other staff by the
    // portal and the hotline (R32.1).
    public bool IsLeadership { get; set; }

    public int? BookingId { get; set; }

    public bool IsWithdrawn { get; set; }
}

public sealed class Booking
{
    public int Id { get; set; }

    public int SlotId { get; set; }

    // What the client gives to cancel it himself, with the phone he booked with (R33).
    public required string Code { get; set; }

    public required string Name { get; set; }

    public required string Phone { get; set; }

    public string? Email { get; set; }

    public required string Topic { get; set; }

    // "portal", "phone" (the reception's line) or "hotline".
    public required string Source { get; set; }

    // "email" or "phone"; none when the client wants no reminder.
    public string? RemindBy { get; set; }

    public bool RemindDayBefore { get; set; }

    public bool RemindTwoHoursBefore { get; set; }

    // Needs of a client with disabilities, shown to the receiving employee (R34–37): codes of
    // VisitorNeeds and the client's own words.
    public List<string> Needs { get; set; } = [];

    public string? AccessibilityNeeds { get; set; }

    public BookingState State { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? CancelledAt { get; set; }

    public string? CancelledVia { get; set; }

    public int Revision { get; set; }
}

// A reminder or the survey invitation of a booking, written once when it is booked (a unique key per kind
// and channel) and delivered when due: e-mail by the dispatcher, a phone reminder as a staff call task.
public sealed class BookingNotice
{
    public long Id { get; set; }

    public int BookingId { get; set; }

    // "day-before", "two-hours" or "survey".
    public required string Kind { get; set; }

    public required string Channel { get; set; }

    public DateTimeOffset DueAt { get; set; }

    public required string Subject { get; set; }

    public required string Body { get; set; }

    public NoticeState State { get; set; }

    public int Attempts { get; set; }

    public DateTimeOffset? NextAttemptAt { get; set; }

    public DateTimeOffset? ClaimedAt { get; set; }

    public string? ClaimedBy { get; set; }

    public DateTimeOffset? SentAt { get; set; }

    public string? LastError { get; set; }
}

internal sealed class ReceptionConfiguration : IEntityTypeConfiguration<ReceptionSlot>,
    IEntityTypeConfiguration<Booking>, IEntityTypeConfiguration<BookingNotice>
{
    public void Configure(EntityTypeBuilder<ReceptionSlot> builder)
    {
        builder.Property(s => s.Room).HasMaxLength(100);
        builder.HasIndex(s => new { s.HostId, s.StartsAt }).IsUnique();
        builder.HasIndex(s => s.StartsAt);
    }

    public void Configure(EntityTypeBuilder<Booking> builder)
    {
        builder.Property(b => b.Code).HasMaxLength(20);
        builder.HasIndex(b => b.Code).IsUnique();
        builder.Property(b => b.Name).HasMaxLength(300);
        builder.Property(b => b.Phone).HasMaxLength(50);
        builder.Property(b => b.Email).HasMaxLength(200);
        builder.Property(b => b.Topic).HasMaxLength(2000);
        builder.Property(b => b.Source).HasMaxLength(20);
        builder.Property(b => b.RemindBy).HasMaxLength(20);
        builder.Property(b => b.AccessibilityNeeds).HasMaxLength(1000);
        builder.Property(b => b.State).HasConversion<string>().HasMaxLength(20);
        builder.Property(b => b.CancelledVia).HasMaxLength(20);
        builder.Property(b => b.Revision).IsConcurrencyToken();
        builder.HasIndex(b => b.SlotId);
        builder.HasOne<ReceptionSlot>().WithMany().HasForeignKey(b => b.SlotId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<BookingNotice> builder)
    {
        builder.Property(n => n.Kind).HasMaxLength(20);
        builder.Property(n => n.Channel).HasMaxLength(20);
        builder.Property(n => n.Subject).HasMaxLength(300);
        builder.Property(n => n.Body).HasMaxLength(4000);
        builder.Property(n => n.State).HasConversion<string>().HasMaxLength(20);
        builder.Property(n => n.ClaimedBy).HasMaxLength(450);
        builder.Property(n => n.LastError).HasMaxLength(500);
        builder.HasIndex(n => new { n.BookingId, n.Kind, n.Channel }).IsUnique();
        builder.HasIndex(n => new { n.State, n.DueAt });
        builder.HasOne<Booking>().WithMany().HasForeignKey(n => n.BookingId).OnDelete(DeleteBehavior.Cascade);
    }
}
