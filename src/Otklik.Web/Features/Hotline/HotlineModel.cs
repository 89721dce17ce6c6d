using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Otklik.Web.Features.Hotline;

public enum CallState
{
    Open,
    Closed,
}

public enum CallOutcome
{
    None,
    Answered,
    Callback,
    OutOfCompetence,
    Interrupted,
}

public enum CallbackState
{
    Waiting,
    AnswerReady,
    Done,
    Unreached,
}

// One question received by the hotline (R22): who called, what he needed, what he was told, where the call
// went and how it ended. The card records advice only; nothing here acts for the client (R21).
public sealed class HotlineCall
{
    public int Id { get; set; }

    public required string Number { get; set; }

    public DateTimeOffset StartedAt { get; set; }

    public DateTimeOffset? EndedAt { get; set; }

    public CallState State { get; set; }

    public CallOutcome Outcome { get; set; }

    // The operator who took the call and keeps its card.
    public int OperatorId { get; set; }

    public string? CallerPhone { get; set; }

    // The number's last ten digits: how earlier calls from the same phone are found.
    public string? CallerKey { get; set; }

    public string? CallerName { get; set; }

    // The client found by the caller's number, whose history the card shows.
    public int? ClientId { get; set; }

    // "operator" when typed in, "contact-centre" when the telephony system opened the card (R25).
    public required string Source { get; set; }

    public string? ExternalId { get; set; }

    public string? Topic { get; set; }

    public string? Need { get; set; }

    public string? Answer { get; set; }

    // The article the answer came from; an answer without one tells the knowledge base what it lacks.
    public int? KnowledgeItemId { get; set; }

    public int? AgencyId { get; set; }

    // The two end-of-call questions (R24): "yes"/"no" and "satisfied"/"partly"/"not".
    public string? SurveyResolved { get; set; }

    public string? SurveyRating { get; set; }

    public int Revision { get; set; }

    public List<CallTransfer> Transfers { get; set; } = [];
}

public sealed class CallTransfer
{
    public int Id { get; set; }

    public int CallId { get; set; }

    public int FromEmployeeId { get; set; }

    public int ToEmployeeId { get; set; }

    public DateTimeOffset At { get; set; }

    public string? Reason { get; set; }
}

// A promised call back (R20.2): the department prepares the answer, or a competent employee takes the call
// himself; the client is called within one of his windows before the promised day ends.
public sealed class HotlineCallback
{
    public int Id { get; set; }

    public int CallId { get; set; }

    public required string Phone { get; set; }

    public int DepartmentId { get; set; }

    public required string Question { get; set; }

    public DateOnly PromisedOn { get; set; }

    public required string Windows { get; set; }

    public CallbackState State { get; set; }

    // Who calls the client: the operator by default, or the employee who took the callback himself.
    public int CallerId { get; set; }

    public string? Answer { get; set; }

    public int? AnsweredById { get; set; }

    public int Attempts { get; set; }

    public string? Note { get; set; }

    public DateTimeOffset? DoneAt { get; set; }

    // Set once by the escalation that told the head the promise was broken.
    public DateOnly? EscalatedOn { get; set; }

    public int Revision { get; set; }
}

internal sealed class HotlineConfiguration : IEntityTypeConfiguration<HotlineCall>,
    IEntityTypeConfiguration<CallTransfer>, IEntityTypeConfiguration<HotlineCallback>
{
    public void Configure(EntityTypeBuilder<HotlineCall> builder)
    {
        builder.Property(c => c.Number).HasMaxLength(30);
        builder.HasIndex(c => c.Number).IsUnique();
        builder.Property(c => c.State).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Outcome).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.CallerPhone).HasMaxLength(50);
        builder.Property(c => c.CallerKey).HasMaxLength(15);
        builder.HasIndex(c => c.CallerKey);
        builder.Property(c => c.CallerName).HasMaxLength(300);
        builder.Property(c => c.Source).HasMaxLength(20);
        builder.Property(c => c.ExternalId).HasMaxLength(100);
        builder.HasIndex(c => new { c.Source, c.ExternalId }).IsUnique();
        builder.Property(c => c.Topic).HasMaxLength(40);
        builder.Property(c => c.Need).HasMaxLength(4000);
        builder.Property(c => c.Answer).HasMaxLength(8000);
        builder.Property(c => c.SurveyResolved).HasMaxLength(10);
        builder.Property(c => c.SurveyRating).HasMaxLength(20);
        builder.Property(c => c.Revision).IsConcurrencyToken();
        builder.HasIndex(c => c.StartedAt);
        builder.HasIndex(c => c.ClientId);
        builder.HasMany(c => c.Transfers).WithOne().HasForeignKey(t => t.CallId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<CallTransfer> builder)
    {
        builder.Property(t => t.Reason).HasMaxLength(1000);
        builder.HasIndex(t => t.ToEmployeeId);
    }

    public void Configure(EntityTypeBuilder<HotlineCallback> builder)
    {
        builder.Property(c => c.Phone).HasMaxLength(50);
        builder.Property(c => c.Question).HasMaxLength(4000);
        builder.Property(c => c.Windows).HasMaxLength(200);
        builder.Property(c => c.State).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Answer).HasMaxLength(8000);
        builder.Property(c => c.Note).HasMaxLength(2000);
        builder.Property(c => c.Revision).IsConcurrencyToken();
        builder.HasIndex(c => c.CallId).IsUnique();
        builder.HasIndex(c => new { c.State, c.PromisedOn });
        builder.HasOne<HotlineCall>().WithMany().HasForeignKey(c => c.CallId).OnDelete(DeleteBehavior.Cascade);
    }
}
