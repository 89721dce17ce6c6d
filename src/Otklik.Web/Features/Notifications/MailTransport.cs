using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Otklik.Web.Features.Notifications;

public enum MailMode
{
    // Real delivery through the ministry's SMTP server.
    Smtp,

    // Messages are written as .eml files to a folder; for development and demonstrations.
    Pickup,
}

public sealed class MailOptions
{
    public MailMode Mode { get; set; } = MailMode.Smtp;

    public string Host { get; set; } = "";

    public int Port { get; set; } = 25;

    // Auto, None, StartTls, StartTlsWhenAvailable or SslOnConnect, as MailKit names them.
    public SecureSocketOptions Security { get; set; } = SecureSocketOptions.StartTlsWhenAvailable;

    public string? User { get; set; }

    public string? Password { get; set; }

    public string From { get; set; } = "Министерство <noreply@localhost>";

    public string PickupFolder { get; set; } = "data/outgoing-mail";

    public int DispatchIntervalSeconds { get; set; } = 10;

    public int MaxAttempts { get; set; } = 8;

    // Where staff open Otklik; links in reminders to employees start with it.
    public string StaffBaseUrl { get; set; } = "http://localhost:5080";
}

public interface IMailTransport
{
    bool IsConfigured { get; }

    Task SendAsync(IReadOnlyList<MimeMessage> messages, Action<MimeMessage, Exception?> done, CancellationToken token);
}

public static class MailRound
{
    // Sends one round of claimed messages and gives each one's outcome by its key: null when handed over.
    // A server that cannot be reached fails every message of the round not yet handed over.
    public static async Task<Dictionary<long, Exception?>> SendAsync(
        IMailTransport transport, IReadOnlyList<(long Key, MimeMessage Message)> round, CancellationToken token)
    {
        var outcomes = new Dictionary<long, Exception?>();
        try
        {
            await transport.SendAsync([.. round.Select(r => r.Message)],
                (message, error) => outcomes[round.First(r => r.Message == message).Key] = error, token);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            foreach (var (key, _) in round.Where(r => !outcomes.ContainsKey(r.Key)))
            {
                outcomes[key] = e;
            }
        }

        return outcomes;
    }
}

// One connection per dispatch round; each message reports its own outcome.
public sealed class SmtpMailTransport(IOptions<MailOptions> options) : IMailTransport
{
    public bool IsConfigured => !string.IsNullOrWhiteSpace(options.Value.Host);

    public async Task SendAsync(
        IReadOnlyList<MimeMessage> messages, Action<MimeMessage, Exception?> done, CancellationToken token)
    {
        var o = options.Value;
        using var client = new SmtpClient();
        await client.ConnectAsync(o.Host, o.Port, o.Security, token);
        if (!string.IsNullOrEmpty(o.User))
        {
            await client.AuthenticateAsync(o.User, o.Password ?? "", token);
        }

        foreach (var message in messages)
        {
            try
            {
                await client.SendAsync(message, token);
                done(message, null);
            }
            catch (Exception e) when (e is SmtpCommandException or SmtpProtocolException or IOException)
            {
                done(message, e);
                if (!client.IsConnected)
                {
                    break;
                }
            }
        }

        if (client.IsConnected)
        {
            await client.DisconnectAsync(quit: true, token);
        }
    }
}

public sealed class PickupMailTransport(IOptions<MailOptions> options, IWebHostEnvironment environment) : IMailTransport
{
    public bool IsConfigured => true;

    public string Folder => Path.GetFullPath(options.Value.PickupFolder, environment.ContentRootPath);

    public async Task SendAsync(
        IReadOnlyList<MimeMessage> messages, Action<MimeMessage, Exception?> done, CancellationToken token)
    {
        Directory.CreateDirectory(Folder);
        foreach (var message in messages)
        {
            var name = $"{DateTime.UtcNow:yyyyMMdd-HHmmss}-{message.MessageId}.eml";
            await message.WriteToAsync(Path.Combine(Folder, name), token);
            done(message, null);
        }
    }
}
