using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Otklik.Web.Tests.Features.Notifications;

// A real SMTP server process (Debian's python3-aiosmtpd) that stores what it receives in a Maildir.
public sealed class SmtpServer : IDisposable
{
    private readonly Process _process;
    private bool _disposed;

    public SmtpServer()
    {
        Port = FreePort();
        _process = Process.Start(new ProcessStartInfo("/usr/bin/python3",
            ["-m", "aiosmtpd", "-n", "-l", $"127.0.0.1:{Port}", "-c", "aiosmtpd.handlers.Mailbox", Maildir])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        }) ?? throw new InvalidOperationException("python3 -m aiosmtpd did not start");
        WaitUntilListening();
    }

    public int Port { get; }

    public string Maildir { get; } = Path.Combine(Path.GetTempPath(), $"otklik-smtp-{Guid.NewGuid():N}");

    public IReadOnlyList<string> Received() =>
        Directory.Exists(Path.Combine(Maildir, "new"))
            ? [.. Directory.GetFiles(Path.Combine(Maildir, "new")).Select(File.ReadAllText)]
            : [];

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
        if (Directory.Exists(Maildir))
        {
            Directory.Delete(Maildir, recursive: true);
        }
    }

    private void WaitUntilListening()
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(20))
        {
            try
            {
                using var client = new TcpClient();
                client.Connect(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException)
            {
                if (_process.HasExited)
                {
                    throw new InvalidOperationException("aiosmtpd exited: " + _process.StandardError.ReadToEnd());
                }

                Thread.Sleep(100);
            }
        }

        throw new TimeoutException("The SMTP server did not start listening.");
    }
}
