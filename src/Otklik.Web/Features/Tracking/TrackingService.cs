using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Otklik.Web.Features.Appeals;
using Otklik.Web.Infrastructure.Data;
using Otklik.Web.Infrastructure.Errors;

namespace Otklik.Web.Features.Tracking;

// A one-time code sent to the client's contact before the status is shown (R3.1: a citizen sees only his
// own appeal). Stored in the database so that any node can check it.
public sealed class TrackingChallenge
{
    public Guid Id { get; set; }

    public int AppealId { get; set; }

    public required string CodeHash { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }

    public int Attempts { get; set; }

    public DateTimeOffset? VerifiedAt { get; set; }
}

internal sealed class TrackingChallengeConfiguration : IEntityTypeConfiguration<TrackingChallenge>
{
    public void Configure(EntityTypeBuilder<TrackingChallenge> builder)
    {
        builder.Property(c => c.CodeHash).HasMaxLength(64);
        builder.HasOne<Appeal>().WithMany().HasForeignKey(c => c.AppealId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed record ChallengeSent(Guid Id, string MaskedContact, string Code);

public sealed class TrackingService(OtklikDbContext db, AppealNotifier notifier, TimeProvider time)
{
    private const int MaxAttempts = 5;
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(15);

    public async Task<Result<ChallengeSent>> StartAsync(string? number, string? trackingCode)
    {
        var wantedNumber = (number ?? "").Trim();
        var wantedCode = (trackingCode ?? "").Trim().ToUpperInvariant();
        var appeal = await db.Appeals.Include(a => a.Client)
            .FirstOrDefaultAsync(a => a.RegistrationNumber == wantedNumber && a.TrackingCode == wantedCode);
        if (appeal is null)
        {
            // The same answer for a wrong number and a wrong code: neither is confirmed to a stranger.
            return Errors.Validation("tracking.not-found", "Не нашли обращение с таким номером и кодом.",
                new Dictionary<string, string[]>
                {
                    ["Number"] = ["Проверьте номер и код из уведомления о регистрации."],
                });
        }

        var channel = appeal.Client!.Email is not null ? "email" : appeal.Client.Phone is not null ? "sms" : null;
        if (channel is null)
        {
            return Errors.Conflict("tracking.no-contact",
                "Для этого обращения не указаны почта или телефон. Узнайте статус по телефону горячей линии.");
        }

        var code = RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("000000", CultureInfo.InvariantCulture);
        var challenge = new TrackingChallenge
        {
            Id = Guid.NewGuid(),
            AppealId = appeal.Id,
            CodeHash = "",
            ExpiresAt = time.GetUtcNow() + Lifetime,
        };
        challenge.CodeHash = Hash(challenge.Id, code);
        db.TrackingChallenges.Add(challenge);
        notifier.QueueTo(appeal, channel, "verification", "Код для просмотра статуса обращения",
            $"Код для просмотра статуса обращения № {appeal.RegistrationNumber}: {code}. " +
            "Он действует 15 минут. Никому его не сообщайте.");
        await db.SaveChangesAsync();

        var contact = channel == "email" ? Mask(appeal.Client.Email!) : "***" + appeal.Client.Phone![^2..];
        return new ChallengeSent(challenge.Id, contact, code);
    }

    public async Task<Result<int>> VerifyAsync(Guid challengeId, string? code)
    {
        var challenge = await db.TrackingChallenges.FirstOrDefaultAsync(c => c.Id == challengeId);
        if (challenge is null || challenge.ExpiresAt < time.GetUtcNow() || challenge.Attempts >= MaxAttempts)
        {
            return Errors.Conflict("tracking.expired", "Код устарел или попыток больше нет. Запросите новый код.");
        }

        challenge.Attempts++;
        var ok = CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(challenge.CodeHash),
            Encoding.ASCII.GetBytes(Hash(challenge.Id, (code ?? "").Trim())));
        if (ok)
        {
            challenge.VerifiedAt = time.GetUtcNow();
        }

        await db.SaveChangesAsync();
        return ok
            ? challenge.AppealId
            : Errors.Validation("tracking.wrong-code", "Код не подошёл.",
                new Dictionary<string, string[]> { ["Code"] = ["Код не подошёл, проверьте цифры."] });
    }

    private static string Hash(Guid id, string code) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(id.ToString("N") + ":" + code)));

    private static string Mask(string email)
    {
        var at = email.IndexOf('@', StringComparison.Ordinal);
        return at <= 1 ? "***" + email[at..] : email[0] + "***" + email[at..];
    }
}
