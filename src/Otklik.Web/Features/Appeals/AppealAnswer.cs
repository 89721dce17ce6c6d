using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Otklik.Web.Features.Appeals;

// The answer as it was sent to the client (R10, R11), with the knowledge-base items it was built from, so
// that the client's verdict in the survey can reach those items' review.
public sealed class AppealAnswer
{
    public long Id { get; set; }

    public int AppealId { get; set; }

    public required string Text { get; set; }

    public bool IsRefusal { get; set; }

    public DateTimeOffset SentAt { get; set; }

    public required string Author { get; set; }

    public List<int> KnowledgeItemIds { get; set; } = [];

    // Written by the executor and waiting for the head's approval; nothing was sent yet.
    public bool AwaitingApproval { get; set; }

    public string? ApprovedBy { get; set; }

    // The head's remarks when he returned the draft instead of sending it; the executor writes it again.
    public string? ReturnedWith { get; set; }

    public string? ReturnedBy { get; set; }

    // The executor's draft as he submitted it, kept when the head corrected the text before sending.
    public bool Superseded { get; set; }

    // An answer that reached the client, as opposed to a draft waiting for approval, returned or corrected.
    public static Expression<Func<AppealAnswer, bool>> WasSent { get; } =
        a => !a.AwaitingApproval && a.ReturnedWith == null && !a.Superseded;

    public static Func<AppealAnswer, bool> IsSent { get; } = WasSent.Compile();
}

internal sealed class AppealAnswerConfiguration : IEntityTypeConfiguration<AppealAnswer>
{
    public void Configure(EntityTypeBuilder<AppealAnswer> builder)
    {
        builder.Property(a => a.Text).HasMaxLength(AppealAnswerRules.MaxChars);
        builder.Property(a => a.Author).HasMaxLength(200);
        builder.Property(a => a.ApprovedBy).HasMaxLength(200);
        builder.Property(a => a.ReturnedWith).HasMaxLength(2000);
        builder.Property(a => a.ReturnedBy).HasMaxLength(200);
        builder.HasIndex(a => a.AppealId);
        builder.HasOne<Appeal>().WithMany().HasForeignKey(a => a.AppealId).OnDelete(DeleteBehavior.Cascade);
    }
}
