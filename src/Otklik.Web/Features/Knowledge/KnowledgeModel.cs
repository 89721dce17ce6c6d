using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Otklik.Web.Features.Knowledge;

// The kinds of material the regulation (R28.2) asks every section to hold.
public enum MaterialType
{
    Faq,
    Regulation,
    AnswerTemplate,
    WorkExample,
    Contacts,
    Script,
    HrMaterial,
    SubordinateDirectory,
    Other,
}

public static class MaterialTypes
{
    public static string Title(MaterialType type) => type switch
    {
        MaterialType.Faq => "Вопрос и ответ",
        MaterialType.Regulation => "Нормативный документ",
        MaterialType.AnswerTemplate => "Шаблон ответа",
        MaterialType.WorkExample => "Пример решения задачи",
        MaterialType.Contacts => "Контакты для консультаций",
        MaterialType.Script => "Сценарий горячей линии",
        MaterialType.HrMaterial => "Кадровые материалы",
        MaterialType.SubordinateDirectory => "Справочник подведомственных организаций",
        _ => "Другие материалы",
    };

    public static string Code(MaterialType type) => type switch
    {
        MaterialType.Faq => "faq",
        MaterialType.Regulation => "regulation",
        MaterialType.AnswerTemplate => "template",
        MaterialType.WorkExample => "example",
        MaterialType.Contacts => "contacts",
        MaterialType.Script => "script",
        MaterialType.HrMaterial => "hr",
        MaterialType.SubordinateDirectory => "subordinates",
        _ => "other",
    };

    public static MaterialType? Parse(string? code) =>
        Enum.GetValues<MaterialType>().Cast<MaterialType?>()
            .FirstOrDefault(t => string.Equals(Code(t!.Value), code?.Trim(), StringComparison.OrdinalIgnoreCase));
}

// A department's part of the knowledge base (R28.1): its staff edit it, its head answers for it.
public sealed class KnowledgeSection
{
    public int Id { get; set; }

    public required string Title { get; set; }

    public string? Description { get; set; }

    public int DepartmentId { get; set; }

    // Quarterly (R29.1); moved on by every recorded review.
    public DateOnly NextReviewOn { get; set; }

    public DateOnly? LastReviewedOn { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}

public sealed class KnowledgeItem
{
    public int Id { get; set; }

    public int SectionId { get; set; }

    public MaterialType Type { get; set; }

    public required string Title { get; set; }

    // Markdown; rendered through the sanitiser, never as raw HTML.
    public required string Body { get; set; }

    public RegulationFacts? Regulation { get; set; }

    public int Version { get; set; } = 1;

    public DateTimeOffset UpdatedAt { get; set; }

    public required string UpdatedBy { get; set; }

    // Set when a fact the item rests on changed; cleared by a review.
    public DateOnly? ReviewDueOn { get; set; }

    public string? ReviewReason { get; set; }

    public DateOnly? LastReviewedOn { get; set; }

    // Where an imported item came from on the ministry's share.
    public string? SourcePath { get; set; }

    public bool IsArchived { get; set; }

    // Guards against two editors overwriting each other.
    public int Revision { get; set; }

    public List<KnowledgeAttachment> Attachments { get; set; } = [];
}

// What a list of regulations records about each act (R28.2).
public sealed class RegulationFacts
{
    public string? Number { get; set; }

    public DateOnly? SignedOn { get; set; }

    public string? Link { get; set; }

    public string? Governs { get; set; }

    public DateOnly? InForceFrom { get; set; }

    public DateOnly? InForceTo { get; set; }

    public static string? ToJson(RegulationFacts? facts) =>
        facts is null ? null : System.Text.Json.JsonSerializer.Serialize(facts);

    public static RegulationFacts? FromJson(string? json) =>
        string.IsNullOrEmpty(json) ? null : System.Text.Json.JsonSerializer.Deserialize<RegulationFacts>(json);

    // The facts as lines a person reads, for the history's diff.
    public IEnumerable<string> Lines()
    {
        static string Date(DateOnly? d) => d?.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture) ?? "—";

        yield return $"Номер: {Number ?? "—"}";
        yield return $"Дата: {Date(SignedOn)}";
        yield return $"Ссылка: {Link ?? "—"}";
        yield return $"Что регулирует: {Governs ?? "—"}";
        yield return $"Действует с {Date(InForceFrom)} по {Date(InForceTo)}";
    }
}

// The state of an item as it was saved; version N is the item after its N-th save.
public sealed class KnowledgeVersion
{
    public long Id { get; set; }

    public int ItemId { get; set; }

    public int Number { get; set; }

    public required string Title { get; set; }

    public required string Body { get; set; }

    public string? RegulationJson { get; set; }

    public DateTimeOffset SavedAt { get; set; }

    public required string Author { get; set; }

    public required string Reason { get; set; }
}

public sealed class KnowledgeAttachment
{
    public int Id { get; set; }

    public int ItemId { get; set; }

    public required string FileName { get; set; }

    public required string ContentType { get; set; }

    public long Size { get; set; }

    public required string Hash { get; set; }
}

// A review is recorded even when nothing changed (R29.1): it is the proof the material was checked.
public sealed class KnowledgeReview
{
    public long Id { get; set; }

    public int SectionId { get; set; }

    public int? ItemId { get; set; }

    public DateOnly ReviewedOn { get; set; }

    public DateTimeOffset RecordedAt { get; set; }

    public required string Reviewer { get; set; }

    public bool Changed { get; set; }

    public required string Note { get; set; }
}

// A reader's report that an item is wrong, unclear or out of date; shown in the item's next review.
public sealed class KnowledgeFeedback
{
    public long Id { get; set; }

    public int ItemId { get; set; }

    public DateTimeOffset At { get; set; }

    public required string Source { get; set; }

    public required string Text { get; set; }

    public long? ReviewId { get; set; }
}

internal sealed class KnowledgeConfiguration :
    IEntityTypeConfiguration<KnowledgeSection>, IEntityTypeConfiguration<KnowledgeItem>,
    IEntityTypeConfiguration<KnowledgeVersion>, IEntityTypeConfiguration<KnowledgeAttachment>,
    IEntityTypeConfiguration<KnowledgeReview>, IEntityTypeConfiguration<KnowledgeFeedback>
{
    public void Configure(EntityTypeBuilder<KnowledgeSection> builder)
    {
        builder.Property(s => s.Title).HasMaxLength(200);
        builder.HasIndex(s => s.Title).IsUnique();
        builder.Property(s => s.Description).HasMaxLength(2000);
        builder.HasOne<Organisation.Department>().WithMany().HasForeignKey(s => s.DepartmentId)
            .OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => s.NextReviewOn);
    }

    public void Configure(EntityTypeBuilder<KnowledgeItem> builder)
    {
        builder.Property(i => i.Type).HasConversion<string>().HasMaxLength(30);
        builder.Property(i => i.Title).HasMaxLength(300);
        builder.Property(i => i.Body).HasMaxLength(KnowledgeLimits.BodyChars);
        builder.Property(i => i.UpdatedBy).HasMaxLength(200);
        builder.Property(i => i.ReviewReason).HasMaxLength(1000);
        builder.Property(i => i.SourcePath).HasMaxLength(1000);
        builder.Property(i => i.Revision).IsConcurrencyToken();
        builder.HasOne<KnowledgeSection>().WithMany().HasForeignKey(i => i.SectionId)
            .OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(i => new { i.SectionId, i.Type });
        builder.HasIndex(i => i.UpdatedAt);
        builder.HasIndex(i => i.ReviewDueOn);
        builder.HasMany(i => i.Attachments).WithOne().HasForeignKey(a => a.ItemId).OnDelete(DeleteBehavior.Cascade);
        builder.OwnsOne(i => i.Regulation, r =>
        {
            r.Property(x => x.Number).HasMaxLength(100);
            r.Property(x => x.Link).HasMaxLength(1000);
            r.Property(x => x.Governs).HasMaxLength(2000);
        });
    }

    public void Configure(EntityTypeBuilder<KnowledgeVersion> builder)
    {
        builder.Property(v => v.Title).HasMaxLength(300);
        builder.Property(v => v.Body).HasMaxLength(KnowledgeLimits.BodyChars);
        builder.Property(v => v.RegulationJson).HasMaxLength(4000);
        builder.Property(v => v.Author).HasMaxLength(200);
        builder.Property(v => v.Reason).HasMaxLength(1000);
        builder.HasIndex(v => new { v.ItemId, v.Number }).IsUnique();
        builder.HasOne<KnowledgeItem>().WithMany().HasForeignKey(v => v.ItemId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<KnowledgeAttachment> builder)
    {
        builder.Property(a => a.FileName).HasMaxLength(255);
        builder.Property(a => a.ContentType).HasMaxLength(100);
        builder.Property(a => a.Hash).HasMaxLength(64);
    }

    public void Configure(EntityTypeBuilder<KnowledgeReview> builder)
    {
        builder.Property(r => r.Reviewer).HasMaxLength(200);
        builder.Property(r => r.Note).HasMaxLength(2000);
        builder.HasIndex(r => new { r.SectionId, r.ReviewedOn });
        builder.HasIndex(r => r.ItemId);
    }

    public void Configure(EntityTypeBuilder<KnowledgeFeedback> builder)
    {
        builder.Property(f => f.Source).HasMaxLength(50);
        builder.Property(f => f.Text).HasMaxLength(2000);
        builder.HasIndex(f => new { f.ItemId, f.ReviewId });
        builder.HasOne<KnowledgeItem>().WithMany().HasForeignKey(f => f.ItemId).OnDelete(DeleteBehavior.Cascade);
    }
}

public static class KnowledgeLimits
{
    public const int BodyChars = 200_000;
}
