using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Otklik.Web.Features.Appeals;

// Appeals under 59-FZ and messages from external or internal clients, per the regulation's terms.
public enum AppealKind
{
    Letter,
    Proposal,
    Complaint,
    Application,
    MessageApplication,
    MessageRequest,
    MessageProposal,
    MessageMemo,
    MessageNotice,
}

public enum IntakeChannel
{
    Portal,
    Api,
    Paper,
    Phone,
    InPerson,
    Edms,
    Email,
}

public enum AppealStatus
{
    Registered,
    Triaged,
    InProgress,
    Answered,
    Forwarded,
    NotConsidered,
    Closed,
}

public enum ClientKind
{
    Person,
    Organisation,
}

public sealed class Client
{
    public int Id { get; set; }

    public ClientKind Kind { get; set; }

    public required string Name { get; set; }

    public string? Email { get; set; }

    public string? Phone { get; set; }

    public string? PostalAddress { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}

public sealed class Appeal
{
    public int Id { get; set; }

    public required string RegistrationNumber { get; set; }

    public int RegistrationYear { get; set; }

    public int RegistrationSequence { get; set; }

    public AppealKind Kind { get; set; }

    public IntakeChannel IntakeChannel { get; set; }

    public DateOnly ReceivedOn { get; set; }

    public DateTimeOffset RegisteredAt { get; set; }

    public DateOnly RegisteredOn { get; set; }

    public int ClientId { get; set; }

    public Client? Client { get; set; }

    public required string Text { get; set; }

    // Channels the client chose for answers and status notices (R3.1), e.g. "email", "sms", "post", "epgu", "portal".
    public List<string> NotifyBy { get; set; } = [];

    public AppealStatus Status { get; set; }

    public int? DepartmentId { get; set; }

    public DateOnly AnswerDueOn { get; set; }

    public required string TrackingCode { get; set; }

    public bool AbuseSuspected { get; set; }

    public List<string> UrgencyReasons { get; set; } = [];

    public string? IdempotencyKey { get; set; }

    public List<AppealEvent> Events { get; set; } = [];
}

public sealed class AppealEvent
{
    public long Id { get; set; }

    public int AppealId { get; set; }

    public DateTimeOffset At { get; set; }

    public AppealStatus Status { get; set; }

    public required string ActorName { get; set; }

    public required string Note { get; set; }
}

// The last registration number issued in a year; incremented in the registering transaction.
public sealed class RegistrationCounter
{
    public int Year { get; set; }

    public int Last { get; set; }
}

internal sealed class AppealConfiguration :
    IEntityTypeConfiguration<Appeal>, IEntityTypeConfiguration<Client>, IEntityTypeConfiguration<AppealEvent>,
    IEntityTypeConfiguration<RegistrationCounter>
{
    public void Configure(EntityTypeBuilder<Appeal> builder)
    {
        builder.Property(a => a.RegistrationNumber).HasMaxLength(20);
        builder.HasIndex(a => a.RegistrationNumber).IsUnique();
        builder.HasIndex(a => new { a.RegistrationYear, a.RegistrationSequence }).IsUnique();
        builder.Property(a => a.TrackingCode).HasMaxLength(16);
        builder.HasIndex(a => a.TrackingCode).IsUnique();
        builder.Property(a => a.IdempotencyKey).HasMaxLength(200);
        builder.HasIndex(a => a.IdempotencyKey).IsUnique();
        builder.Property(a => a.Kind).HasConversion<string>().HasMaxLength(30);
        builder.Property(a => a.IntakeChannel).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.Text).HasMaxLength(20_000);
        builder.HasIndex(a => new { a.ClientId, a.RegisteredOn });
        builder.HasIndex(a => new { a.DepartmentId, a.Status });
        builder.HasOne(a => a.Client).WithMany().HasForeignKey(a => a.ClientId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(a => a.Events).WithOne().HasForeignKey(e => e.AppealId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<Client> builder)
    {
        builder.Property(c => c.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Name).HasMaxLength(300);
        builder.Property(c => c.Email).HasMaxLength(200);
        builder.Property(c => c.Phone).HasMaxLength(30);
        builder.Property(c => c.PostalAddress).HasMaxLength(500);
        builder.HasIndex(c => c.Email);
        builder.HasIndex(c => c.Phone);
    }

    public void Configure(EntityTypeBuilder<AppealEvent> builder)
    {
        builder.Property(e => e.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.ActorName).HasMaxLength(300);
        builder.Property(e => e.Note).HasMaxLength(2000);
    }

    public void Configure(EntityTypeBuilder<RegistrationCounter> builder) => builder.HasKey(c => c.Year);
}
