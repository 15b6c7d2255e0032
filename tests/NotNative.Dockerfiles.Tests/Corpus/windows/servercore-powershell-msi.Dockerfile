# Reduced from the shape of docker-library's mongo windowsservercore images.
FROM mcr.microsoft.com/windows/servercore:ltsc2025

SHELL ["powershell", "-Command", "$ErrorActionPreference = 'Stop';"]

ENV APP_VERSION 8.0.1
ENV APP_DOWNLOAD_URL https://example.invalid/app-windows-x86_64-8.0.1.msi

RUN Write-Host ('Downloading {0} ...' -f $env:APP_DOWNLOAD_URL); \
	(New-Object System.Net.WebClient).DownloadFile($env:APP_DOWNLOAD_URL, 'app.msi'); \
	Start-Process msiexec -Wait -ArgumentList @('/i', 'app.msi', '/quiet', 'INSTALLLOCATION=C:\app'); \
	$env:PATH = 'C:\app\bin;' + $env:PATH; \
	[Environment]::SetEnvironmentVariable('PATH', $env:PATH, [EnvironmentVariableTarget]::Machine); \
	Remove-Item app.msi -Force

VOLUME C:\data\db C:\data\configdb
EXPOSE 27017
CMD ["appd", "--bind_ip_all"]
