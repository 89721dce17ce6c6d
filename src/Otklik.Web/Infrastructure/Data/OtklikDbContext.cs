using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Otklik.Web.Features.Appeals;
using Otklik.Web.Features.Audit;
using Otklik.Web.Features.Calendar;
using Otklik.Web.Features.Integrations;
using Otklik.Web.Features.Organisation;
using Otklik.Web.Infrastructure.Identity;

namespace Otklik.Web.Infrastructure.Data;

// The model is shared; each provider has a subclass so that its migrations live apart.
public abstract class OtklikDbContext(DbContextOptions options)
    : IdentityDbContext<StaffUser, IdentityRole, string>(options), IDataProtectionKeyContext
{
    public DbSet<Department> Departments => Set<Department>();

    public DbSet<Employee> Employees => Set<Employee>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<StoredCalendarYear> CalendarYears => Set<StoredCalendarYear>();

    public DbSet<Appeal> Appeals => Set<Appeal>();

    public DbSet<Client> Clients => Set<Client>();

    public DbSet<RegistrationCounter> RegistrationCounters => Set<RegistrationCounter>();

    public DbSet<StoredDayRule> CalendarDays => Set<StoredDayRule>();

    public DbSet<AppealCoExecutor> AppealCoExecutors => Set<AppealCoExecutor>();

    public DbSet<AppealNotice> AppealNotices => Set<AppealNotice>();

    public DbSet<Features.Notifications.StaffMessage> StaffMessages => Set<Features.Notifications.StaffMessage>();

    public DbSet<StaffReminder> StaffReminders => Set<StaffReminder>();

    public DbSet<ReceivedItem> ReceivedItems => Set<ReceivedItem>();

    public DbSet<Features.Retention.PurgedAppealStat> PurgedAppealStats => Set<Features.Retention.PurgedAppealStat>();

    public DbSet<Features.Appeals.Attachments.AppealAttachment> AppealAttachments =>
        Set<Features.Appeals.Attachments.AppealAttachment>();

    public DbSet<Features.Tracking.TrackingChallenge> TrackingChallenges => Set<Features.Tracking.TrackingChallenge>();

    public DbSet<Features.Knowledge.KnowledgeSection> KnowledgeSections => Set<Features.Knowledge.KnowledgeSection>();

    public DbSet<Features.Knowledge.KnowledgeItem> KnowledgeItems => Set<Features.Knowledge.KnowledgeItem>();

    public DbSet<Features.Knowledge.KnowledgeVersion> KnowledgeVersions => Set<Features.Knowledge.KnowledgeVersion>();

    public DbSet<Features.Knowledge.KnowledgeAttachment> KnowledgeAttachments =>
        Set<Features.Knowledge.KnowledgeAttachment>();

    public DbSet<Features.Knowledge.KnowledgeReview> KnowledgeReviews => Set<Features.Knowledge.KnowledgeReview>();

    public DbSet<Features.Knowledge.KnowledgeFeedback> KnowledgeFeedback => Set<Features.Knowledge.KnowledgeFeedback>();

    public DbSet<Features.Knowledge.Gaps.KnowledgeSearchLog> KnowledgeSearches =>
        Set<Features.Knowledge.Gaps.KnowledgeSearchLog>();

    public DbSet<Features.Knowledge.Gaps.KnowledgeCandidate> KnowledgeCandidates =>
        Set<Features.Knowledge.Gaps.KnowledgeCandidate>();

    public DbSet<Features.Knowledge.Import.KnowledgeImport> KnowledgeImports =>
        Set<Features.Knowledge.Import.KnowledgeImport>();

    public DbSet<Features.Knowledge.Import.KnowledgeImportEntry> KnowledgeImportEntries =>
        Set<Features.Knowledge.Import.KnowledgeImportEntry>();

    public DbSet<Features.Knowledge.KnowledgeReminder> KnowledgeReminders =>
        Set<Features.Knowledge.KnowledgeReminder>();

    public DbSet<AppealAnswer> AppealAnswers => Set<AppealAnswer>();

    public DbSet<ClientContact> ClientContacts => Set<ClientContact>();

    public DbSet<Features.Notifications.NoticeTemplate> NoticeTemplates =>
        Set<Features.Notifications.NoticeTemplate>();

    public DbSet<Features.Agencies.Agency> Agencies => Set<Features.Agencies.Agency>();

    public DbSet<Features.Surveys.SurveyInvitation> SurveyInvitations => Set<Features.Surveys.SurveyInvitation>();

    public DbSet<Features.Surveys.SurveyResponse> SurveyResponses => Set<Features.Surveys.SurveyResponse>();

    public DbSet<Features.Hotline.HotlineCall> HotlineCalls => Set<Features.Hotline.HotlineCall>();

    public DbSet<Features.Hotline.CallTransfer> CallTransfers => Set<Features.Hotline.CallTransfer>();

    public DbSet<Features.Hotline.HotlineCallback> HotlineCallbacks => Set<Features.Hotline.HotlineCallback>();

    public DbSet<Features.Hotline.TrainingTopic> TrainingTopics => Set<Features.Hotline.TrainingTopic>();

    public DbSet<Features.Hotline.TrainingRecord> TrainingRecords => Set<Features.Hotline.TrainingRecord>();

    public DbSet<Features.Reception.ReceptionSlot> ReceptionSlots => Set<Features.Reception.ReceptionSlot>();

    public DbSet<Features.Reception.Booking> Bookings => Set<Features.Reception.Booking>();

    public DbSet<Features.Reception.BookingNotice> BookingNotices => Set<Features.Reception.BookingNotice>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(OtklikDbContext).Assembly);
    }
}

public sealed class SqliteOtklikDbContext(DbContextOptions<SqliteOtklikDbContext> options) : OtklikDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite cannot compare DateTimeOffset text; a binary form keeps ordering and filtering in SQL.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }
}

public sealed class PostgresOtklikDbContext(DbContextOptions<PostgresOtklikDbContext> options)
    : OtklikDbContext(options);
