using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Otklik.Web.Features.Appeals;
using Otklik.Web.Features.Notifications;
using Otklik.Web.Features.Organisation;
using Otklik.Web.Tests.Features.Appeals;
using Otklik.Web.Tests.Infrastructure;

namespace Otklik.Web.Tests.Features.Notifications;

// Otklik configured to deliver through a real SMTP server started for the test class.
public sealed class SmtpFactory : OtklikFactory
{
    public SmtpServer Smtp { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Otklik:Mail:Mode", "Smtp");
        builder.UseSetting("Otklik:Mail:Host", "127.0.0.1");
        builder.UseSetting("Otklik:Mail:Port", Smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Otklik:Mail:Security", "None");
        builder.UseSetting("Otklik:Mail:From", "Минтруд <noreply@minsoc26.ru>");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Smtp.Dispose();
        }
    }
}

[Trait("Category", "Integration")]
public sealed class MailDeliveryTests(SmtpFactory factory) : IClassFixture<SmtpFactory>
{
    private readonly AppealSteps _steps = new(factory);

    [Fact]
    public async Task ReceiptNotice_IsDeliveredByTheSmtpServerOnce_EvenWhenTheDispatcherRunsAgain()
    {
        var email = $"{Guid.NewGuid():N}"[..12] + "@example.ru";
        var id = await _steps.NewAppealAsync("Прошу разъяснить порядок выплаты.", email: email);
        var number = (await _steps.LoadAsync(id)).RegistrationNumber;

        await Task.WhenAll(DispatchAsync(), DispatchAsync());
        await DispatchAsync();
        var received = factory.Smtp.Received().Where(m => m.Contains(email, StringComparison.Ordinal)).ToList();
        var notice = await factory.WithDbAsync(db => db.AppealNotices.SingleAsync(n => n.AppealId == id));

        var message = Assert.Single(received);
        Assert.Contains("noreply@minsoc26.ru", message, StringComparison.Ordinal);
        Assert.Equal(NoticeState.Sent, notice.State);
        Assert.Contains(number, MimeKit.MimeMessage.Load(new MemoryStream(
            System.Text.Encoding.UTF8.GetBytes(message))).TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MalformedAddress_FailsAtOnce_AndTheCardSaysWhy()
    {
        var id = await _steps.NewAppealAsync("Прошу разъяснить порядок выплаты.");
        await factory.WithDbAsync(async db =>
        {
            var appeal = await db.Appeals.Include(a => a.Client).FirstAsync(a => a.Id == id);
            appeal.Client!.Email = "ivanov@@example..ru";
            return await db.SaveChangesAsync();
        });

        await DispatchAsync();
        var notice = await factory.WithDbAsync(db => db.AppealNotices.SingleAsync(n => n.AppealId == id));
        var head = await _steps.SignedInAsync("head-appeals");
        var card = FormClient.Decode(await head.GetStringAsync($"/appeals/{id}"));

        Assert.Equal(NoticeState.Failed, notice.State);
        Assert.Contains("Адрес электронной почты заявителя указан неверно.", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StaffReminder_IsMailedOnce_FromItsTemplate_WithALinkIntoOtklik()
    {
        var employeeId = await _steps.EmployeeIdAsync("executor-appeals");
        var email = await factory.WithDbAsync(db =>
            db.Employees.Where(e => e.Id == employeeId).Select(e => e.Email).SingleAsync());
        var marker = $"{Guid.NewGuid():N}"[..10];
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<StaffMailbox>()
                .Queue(employeeId, $"обращение № {marker}", $"Срок ответа истекает сегодня ({marker}).", "/appeals/7");
            await scope.ServiceProvider.GetRequiredService<Otklik.Web.Infrastructure.Data.OtklikDbContext>()
                .SaveChangesAsync();
        }

        await Task.WhenAll(StaffDispatchAsync(), StaffDispatchAsync());
        await StaffDispatchAsync();
        var received = factory.Smtp.Received()
            .Select(m => MimeKit.MimeMessage.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(m))))
            .Where(m => m.TextBody?.Contains(marker) == true)
            .ToList();
        var stored = await factory.WithDbAsync(db => db.StaffMessages.SingleAsync(m => m.Topic.EndsWith(marker)));

        var message = Assert.Single(received);
        Assert.Equal(email, message.To.Mailboxes.Single().Address);
        Assert.Equal($"Отклик: обращение № {marker}", message.Subject);
        Assert.StartsWith("Здравствуйте, ", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("http://localhost:5080/appeals/7", message.TextBody, StringComparison.Ordinal);
        Assert.Equal(NoticeState.Sent, stored.State);
    }

    [Fact]
    public async Task StaffReminder_ToADeactivatedEmployee_OrOneWithoutAnAddress_FailsWithTheReason()
    {
        var marker = $"{Guid.NewGuid():N}"[..10];
        var (gone, noAddress) = await factory.WithDbAsync(async db =>
        {
            var left = new Employee
            {
                LastName = "Уволенный",
                FirstName = "Пётр",
                Position = "специалист",
                Email = $"{marker}@example.ru",
                IsActive = false,
            };
            var bare = new Employee { LastName = "Безадресный", FirstName = "Иван", Position = "специалист" };
            db.Employees.AddRange(left, bare);
            await db.SaveChangesAsync();
            return (left.Id, bare.Id);
        });
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var mailbox = scope.ServiceProvider.GetRequiredService<StaffMailbox>();
            mailbox.Queue(gone, $"тема {marker}", "Срок истекает.", "/appeals");
            mailbox.Queue(noAddress, $"тема {marker}", "Срок истекает.", "/appeals");
            await scope.ServiceProvider.GetRequiredService<Otklik.Web.Infrastructure.Data.OtklikDbContext>()
                .SaveChangesAsync();
        }

        await StaffDispatchAsync();
        var stored = await factory.WithDbAsync(db => db.StaffMessages.AsNoTracking()
            .Where(m => m.Topic.EndsWith(marker)).OrderBy(m => m.EmployeeId).ToListAsync());

        Assert.DoesNotContain(factory.Smtp.Received(), m => m.Contains(marker, StringComparison.Ordinal));
        Assert.All(stored, m => Assert.Equal(NoticeState.Failed, m.State));
        Assert.Equal(["Сотрудник отключён.", "У сотрудника нет верного адреса почты."],
            stored.OrderBy(m => m.EmployeeId == gone ? 0 : 1).Select(m => m.LastError));
    }

    private async Task<int> DispatchAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<NotificationDispatcher>().DispatchOnceAsync();
    }

    private async Task<int> StaffDispatchAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<StaffMailDispatcher>().DispatchOnceAsync();
    }
}

// Otklik pointed at a port where no server listens.
public sealed class DeadSmtpFactory : OtklikFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Otklik:Mail:Mode", "Smtp");
        builder.UseSetting("Otklik:Mail:Host", "127.0.0.1");
        builder.UseSetting("Otklik:Mail:Port",
            SmtpServer.FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Otklik:Mail:Security", "None");
    }
}

[Trait("Category", "Integration")]
public sealed class MailRetryTests(DeadSmtpFactory factory) : IClassFixture<DeadSmtpFactory>
{
    [Fact]
    public async Task ServerDown_NoticeStaysInTheOutbox_WithALaterAttemptAndTheError()
    {
        var id = await new AppealSteps(factory).NewAppealAsync("Прошу разъяснить порядок выплаты.");

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<NotificationDispatcher>().DispatchOnceAsync();
        }

        var notice = await factory.WithDbAsync(db => db.AppealNotices.SingleAsync(n => n.AppealId == id));
        Assert.Equal(NoticeState.Pending, notice.State);
        Assert.Equal(1, notice.Attempts);
        Assert.True(notice.NextAttemptAt > DateTimeOffset.UtcNow);
        Assert.False(string.IsNullOrEmpty(notice.LastError));
    }
}

[Trait("Category", "Integration")]
public sealed class MailPickupTests(OtklikFactory factory) : IClassFixture<OtklikFactory>
{
    [Fact]
    public async Task Development_WritesMessagesToTheFolder_AndTheAdministratorSeesThem()
    {
        var email = $"{Guid.NewGuid():N}"[..12] + "@example.ru";
        var steps = new AppealSteps(factory);
        await steps.NewAppealAsync("Прошу разъяснить порядок выплаты.", email: email);

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<NotificationDispatcher>().DispatchOnceAsync();
        }

        var page = FormClient.Decode(await (await steps.SignedInAsync("admin"))
            .GetStringAsync("/notifications/outgoing-mail"));
        Assert.Contains(email, page, StringComparison.Ordinal);
        Assert.Contains("зарегистрировано", page, StringComparison.Ordinal);
    }
}
