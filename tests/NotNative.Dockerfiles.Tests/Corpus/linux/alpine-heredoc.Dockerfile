# syntax=docker/dockerfile:1.7
FROM alpine:3.20
RUN apk add --no-cache curl tini
COPY <<EOF /etc/motd
Welcome
EOF
RUN <<-SCRIPT
	set -eu
	adduser -D app
	mkdir -p /data
	SCRIPT
VOLUME ["/data"]
ENTRYPOINT ["/sbin/tini", "--"]
CMD ["sh", "-c", "echo ready && sleep infinity"]
