using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Otklik.Web.Features.Integrations;

// Only the SHA-256 hash of a token is stored; the token itself is shown once, when issued.
public sealed class ApiToken
{
    public int Id { get; set; }

    public required string Name { get; set; }

    public required string Prefix { get; set; }

    public required string Hash { get; set; }

    public List<string> Scopes { get; set; } = [];

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? ExpiresAt { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }

    public bool IsActiveAt(DateTimeOffset now) => RevokedAt is null && (ExpiresAt is null || ExpiresAt > now);
}

internal sealed class ApiTokenConfiguration : IEntityTypeConfiguration<ApiToken>
{
    public void Configure(EntityTypeBuilder<ApiToken> builder)
    {
        builder.Property(t => t.Name).HasMaxLength(200);
        builder.Property(t => t.Prefix).HasMaxLength(20);
        builder.Property(t => t.Hash).HasMaxLength(64);
        builder.HasIndex(t => t.Hash).IsUnique();
    }
}

public static class ApiScopes
{
    public const string OrganisationRead = "organisation.read";
    public const string AppealsWrite = "appeals.write";
    public const string AppealsRead = "appeals.read";
    public const string CalendarRead = "calendar.read";
    public const string TextAnalyze = "text.analyze";
    public const string KnowledgeRead = "knowledge.read";
    public const string OutboxEpgu = "outbox.epgu";
    public const string SurveysInvite = "surveys.invite";
    public const string HotlineCalls = "hotline.calls";

    // Writes act for a member of staff whose department owns the section, so no integration token carries it.
    public const string KnowledgeWrite = "knowledge.write";

    // What a signed-in staff member may call with his cookie; casework scopes follow roles in their features.
    public static readonly IReadOnlySet<string> Staff =
        new HashSet<string> { OrganisationRead, CalendarRead, TextAnalyze, KnowledgeRead, KnowledgeWrite };

    public static readonly IReadOnlyDictionary<string, string> All = new Dictionary<string, string>
    {
        [OrganisationRead] = "Чтение справочника отделов и сотрудников",
        [CalendarRead] = "Производственный календарь и расчёт сроков",
        [TextAnalyze] =
            "Проверка текстов: оскорбления, угрозы, простой язык",
        [AppealsRead] = "Чтение обращений и их статусов",
        [AppealsWrite] = "Регистрация обращений из внешних систем",
        [KnowledgeRead] = "Чтение и поиск по базе знаний",
        [OutboxEpgu] = "Коннектор Госуслуг: забирает уведомления в личный кабинет и сообщает о доставке",
        [SurveysInvite] = "Ссылки на опрос после звонка на горячую линию или личного приёма",
        [HotlineCalls] = "Контакт-центр: входящий звонок открывает карточку у оператора",
    };
}
