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

    public required string Name
    {
        get;
        set
        {
            field = value;
            NameKey = KeyOf(value);
        }
    }

    // The name in one case, ё as е and single spaces: how duplicates are found.
    public string NameKey { get; private set; } = "";

    public string? Email { get; set; }

    public string? Phone { get; set; }

    public string? PostalAddress { get; set; }

    // Facts that bear on urgency (R6.1): codes from ClientFacts.
    public List<string> ProfileFacts { get; set; } = [];

    // How to communicate with the client: large print, sign language, a companion…
    public string? AccessibilityNeeds { get; set; }

    // Set when this record was merged into another; the history then lives there.
    public int? MergedIntoId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public static string KeyOf(string name) =>
        string.Join(' ', name.ToUpperInvariant().Replace('Ё', 'Е')
            .Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
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

    // The head's triage decisions (R6.1, R7); null until triage.
    public bool? IsUrgent { get; set; }

    public bool? IsAbusive { get; set; }

    // The deadline the head set: never later than the legal one, and for an urgent appeal never later
    // than 5 working days after registration.
    public DateOnly? DueOn { get; set; }

    public int ExtensionDays { get; set; }

    public int? ExecutorId { get; set; }

    public List<AppealCoExecutor> CoExecutors { get; set; } = [];

    // Where the appeal went when forwarded, or a short account of the answer.
    public string? Outcome { get; set; }

    public DateTimeOffset? ClosedAt { get; set; }

    // While set, the retention job keeps the appeal past its five years (a court case, an inspection).
    public string? LegalHold { get; set; }

    // Guards transitions against two people deciding at once.
    public int Revision { get; set; }

    public List<AppealEvent> Events { get; set; } = [];

    public List<Attachments.AppealAttachment> Attachments { get; set; } = [];

    public DateOnly EffectiveDueOn => DueOn ?? AnswerDueOn;
}

public sealed class AppealCoExecutor
{
    public int AppealId { get; set; }

    public int EmployeeId { get; set; }
}

public sealed class AppealEvent
{
    public long Id { get; set; }

    public int AppealId { get; set; }

    public DateTimeOffset At { get; set; }

    public AppealStatus Status { get; set; }

    // What happened: registered, triaged, started, answered, forwarded, extended, reassigned…
    public string Action { get; set; } = "registered";

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
    IEntityTypeConfiguration<RegistrationCounter>, IEntityTypeConfiguration<AppealCoExecutor>
{
    public void Configure(EntityTypeBuilder<Appeal> builder)
    {
        builder.Property(a => a.RegistrationNumber).HasMaxLength(20);
        builder.HasIndex(a => a.RegistrationNumber).IsUnique();
        // Records imported from the document-management system carry its numbers and a zero sequence.
        builder.HasIndex(a => new { a.RegistrationYear, a.RegistrationSequence }).IsUnique()
            .HasFilter("\"RegistrationSequence\" > 0");
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
        builder.HasMany(a => a.CoExecutors).WithOne().HasForeignKey(c => c.AppealId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => new { a.ExecutorId, a.Status });
        builder.Property(a => a.Outcome).HasMaxLength(2000);
        builder.Property(a => a.LegalHold).HasMaxLength(500);
        builder.HasIndex(a => a.ClosedAt);
        builder.Property(a => a.Revision).IsConcurrencyToken();
        builder.Ignore(a => a.EffectiveDueOn);
    }

    public void Configure(EntityTypeBuilder<AppealCoExecutor> builder)
    {
        builder.HasKey(c => new { c.AppealId, c.EmployeeId });
        builder.HasIndex(c => c.EmployeeId);
    }

    public void Configure(EntityTypeBuilder<Client> builder)
    {
        builder.Property(c => c.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Name).HasMaxLength(300);
        builder.Property(c => c.Email).HasMaxLength(200);
        builder.Property(c => c.Phone).HasMaxLength(30);
        builder.Property(c => c.PostalAddress).HasMaxLength(500);
        builder.Property(c => c.AccessibilityNeeds).HasMaxLength(500);
        builder.Property(c => c.NameKey).HasMaxLength(300);
        builder.HasIndex(c => c.NameKey);
        builder.HasIndex(c => c.Email);
        builder.HasIndex(c => c.Phone);
    }

    public void Configure(EntityTypeBuilder<AppealEvent> builder)
    {
        builder.Property(e => e.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.Action).HasMaxLength(40);
        builder.Property(e => e.ActorName).HasMaxLength(300);
        builder.Property(e => e.Note).HasMaxLength(2000);
    }

    public void Configure(EntityTypeBuilder<RegistrationCounter> builder) => builder.HasKey(c => c.Year);
}
