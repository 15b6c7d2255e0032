# escape=`
FROM mcr.microsoft.com/windows/servercore:ltsc2022
SHELL ["powershell", "-Command", "$ErrorActionPreference = 'Stop';"]
RUN Install-WindowsFeature Web-Server
WORKDIR C:\app
ENTRYPOINT ["C:\\app\\Service.exe"]
