using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Otklik.Web.Features.Appeals;
using Otklik.Web.Infrastructure.Data;
using Otklik.Web.Infrastructure.Operations;

namespace Otklik.Web.Features.Notifications;

public sealed class SmsOptions
{
    // The operator's HTTP gateway (docs/channel-adapters.md); empty keeps SMS notices waiting.
    public string? Url { get; set; }

    public string? ApiKey { get; set; }

    public string Sender { get; set; } = "MINSOC";

    public int DispatchIntervalSeconds { get; set; } = 10;
}

public sealed record SmsRequest(string Id, string To, string Sender, string Text);

// Delivers SMS notices through an HTTP gateway: one JSON request per message, accepted on a 2xx answer.
// A 4xx answer is final (the gateway refused this message); a 5xx answer or no answer is retried later.
public sealed partial class SmsDispatcher(
    OtklikDbContext db, NoticeLedger ledger, IHttpClientFactory http, IOptions<SmsOptions> options,
    ILogger<SmsDispatcher> logger)
{
    public const string Client = "sms-gateway";
    private const int Batch = 50;

    public async Task<int> DispatchOnceAsync(CancellationToken token = default)
    {
        if (string.IsNullOrWhiteSpace(options.Value.Url))
        {
            return 0;
        }

        await ledger.MarkStaleClaimsAsync(token);
        var due = await ledger.Due("sms").Take(Batch)
            .Join(db.Appeals, n => n.AppealId, a => a.Id, (n, a) => new { Notice = n, a.Client!.Phone })
            .ToListAsync(token);
        var sent = 0;
        foreach (var item in due)
        {
            if (PhoneNumber.ToE164(item.Phone) is not { } phone)
            {
                await ledger.FinishAsync(item.Notice.Id, NoticeState.Failed,
                    "Номер мобильного телефона заявителя не указан или указан неверно.", token: token);
            }
            else if (await ledger.ClaimAsync(item.Notice.Id, token: token))
            {
                var error = await SendAsync(item.Notice, phone, token);
                await ledger.RecordAsync(item.Notice, error, token);
                sent += error is null ? 1 : 0;
            }
        }

        Log.Dispatched(logger, sent, due.Count - sent);
        return sent;
    }

    private async Task<string?> SendAsync(AppealNotice notice, string phone, CancellationToken token)
    {
        var client = http.CreateClient(Client);
        using var request = new HttpRequestMessage(HttpMethod.Post, options.Value.Url)
        {
            Content = JsonContent.Create(
                new SmsRequest($"notice-{notice.Id}", phone, options.Value.Sender, notice.Body)),
        };
        if (!string.IsNullOrEmpty(options.Value.ApiKey))
        {
            request.Headers.Authorization = new("Bearer", options.Value.ApiKey);
        }

        try
        {
            using var response = await client.SendAsync(request, token);
            if (response.IsSuccessStatusCode)
            {
                return null;
            }

            var reason = $"Шлюз SMS ответил {(int)response.StatusCode}";
            if ((int)response.StatusCode is >= 400 and < 500)
            {
                await ledger.FinishAsync(notice.Id, NoticeState.Failed, reason + ": сообщение отклонено.",
                    notice.Attempts + 1, token);
            }

            return reason;
        }
        catch (HttpRequestException e)
        {
            return $"Шлюз SMS недоступен: {e.Message}";
        }
        catch (TaskCanceledException) when (!token.IsCancellationRequested)
        {
            return "Шлюз SMS не ответил вовремя.";
        }
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 3402, Level = LogLevel.Information,
            Message = "Notices dispatched by SMS: {Sent} sent, {NotSent} not sent")]
        public static partial void Dispatched(ILogger logger, int sent, int notSent);
    }
}

public static class PhoneNumber
{
    // Russian numbers as the gateway wants them: +7 and ten digits; 8XXXXXXXXXX and 7XXXXXXXXXX accepted.
    public static string? ToE164(string? phone)
    {
        var digits = new string((phone ?? string.Empty).Where(char.IsAsciiDigit).ToArray());
        return digits.Length switch
        {
            10 => "+7" + digits,
            11 when digits[0] is '7' or '8' => "+7" + digits[1..],
            _ => null,
        };
    }
}

public sealed class SmsJob(
    IServiceScopeFactory scopes, IOptions<SmsOptions> options, TimeProvider time, ILogger<SmsJob> logger)
    : PeriodicJob(scopes, time, logger)
{
    protected override TimeSpan Interval => TimeSpan.FromSeconds(options.Value.DispatchIntervalSeconds);

    protected override Task RunOnceAsync(IServiceProvider services, CancellationToken token) =>
        services.GetRequiredService<SmsDispatcher>().DispatchOnceAsync(token);
}
